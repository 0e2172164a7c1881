import { render } from 'preact';
import { AgencyPage } from '../../components/agency/AgencyPage';
import '../../components/pages/pages.css';
import '../../components/agency/agency.css';

render(<AgencyPage />, document.getElementById('app')!);
