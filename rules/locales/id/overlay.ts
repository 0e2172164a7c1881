/**
 * The words the overlay on the portal pages uses (id), without the extension pages' words
 * (helpdesk, popup / guide / options, Profil instansi): rules/locales/overlay.ts bundles only these
 * into the content script. index.ts adds the other parts for the extension pages.
 */
import { contacts } from './contacts';
import { fieldNames, fields } from './fields';
import { guide } from './guide';
import { pages } from './pages';
import { statuses } from './statuses';
import { ui } from './ui';

export const overlay = { ui, fields, fieldNames, pages, statuses, guide, contacts };
