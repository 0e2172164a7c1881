/**
 * All English copy, one file per part, with the same keys as rules/locales/id/ (the Copy type).
 */
import type { Copy } from '../types';
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

export const en: Copy = { ui, fields, fieldNames, pages, statuses, guide, contacts, helpdesk, extPages, agencyPage, store };
