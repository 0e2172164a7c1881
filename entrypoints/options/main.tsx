import { render } from 'preact';
import { OptionsPage } from '../../components/pages/OptionsPage';
import '../../components/pages/pages.css';

render(<OptionsPage />, document.getElementById('app')!);
