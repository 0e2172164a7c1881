import { render } from 'preact';
import { AgencyScreen } from '../../platform/pages/screens';
import '../../components/pages/pages.css';
import '../../components/agency/agency.css';

render(<AgencyScreen />, document.getElementById('app')!);
