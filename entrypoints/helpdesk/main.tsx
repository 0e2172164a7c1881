import { render } from 'preact';
import { HelpdeskPage } from '../../components/helpdesk/HelpdeskPage';
import '../../components/helpdesk/helpdesk.css';

render(<HelpdeskPage initialCode={new URLSearchParams(location.search).get('code') ?? ''} />, document.getElementById('app')!);
