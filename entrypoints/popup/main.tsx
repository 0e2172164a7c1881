import { render } from 'preact';
import { Popup } from '../../components/pages/Popup';
import '../../components/pages/pages.css';

render(<Popup />, document.getElementById('app')!);
