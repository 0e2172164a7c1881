import { render } from 'preact';
import { HelpdeskScreen } from '../../platform/pages/screens';
import '../../components/helpdesk/helpdesk.css';

render(<HelpdeskScreen initialCode={new URLSearchParams(location.search).get('code') ?? ''} />, document.getElementById('app')!);
