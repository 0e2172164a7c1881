import { render } from 'preact';
import { OptionsScreen } from '../../platform/pages/screens';
import '../../components/pages/pages.css';

render(<OptionsScreen />, document.getElementById('app')!);
