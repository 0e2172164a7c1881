import { render } from 'preact';
import { PopupScreen } from '../../platform/pages/screens';
import '../../components/pages/pages.css';

render(<PopupScreen />, document.getElementById('app')!);
