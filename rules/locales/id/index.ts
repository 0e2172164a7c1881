/**
 * All Indonesian copy (the default language), one file per part. A translator copies this folder to
 * a new language's folder; rules/locales/types.ts makes the new one keep the same keys.
 */
import { agencyPage } from './agencyPage';
import { contacts } from './contacts';
import { extPages } from './extPages';
import { fieldNames, fields } from './fields';
import { guide } from './guide';
import { helpdesk } from './helpdesk';
import { pages } from './pages';
import { statuses } from './statuses';
import { store } from './store';
import { ui } from './ui';

export const id = { ui, fields, fieldNames, pages, statuses, guide, contacts, helpdesk, extPages, agencyPage, store };
