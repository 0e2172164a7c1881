import { render } from 'preact';
import { GuideScreen } from '../../platform/pages/screens';
import '../../components/pages/pages.css';

render(<GuideScreen />, document.getElementById('app')!);
