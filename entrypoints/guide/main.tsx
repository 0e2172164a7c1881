import { render } from 'preact';
import { GuidePage } from '../../components/pages/GuidePage';
import '../../components/pages/pages.css';

render(<GuidePage />, document.getElementById('app')!);
