/** Checking fields and guarding submits (parts.ts): imported by the entrypoints of hosts whose pages check a field. */
import { Findings, findingsCss } from '../../components/Findings';
import { GuardSection, guardSectionCss } from '../../components/GuardSection';
import { employeeValues } from '../../rules/engine/employee';
import { FieldWork } from './fieldWork';
import type { FieldPart } from './parts';

export const fieldPart: FieldPart = { Work: FieldWork, Findings, GuardSection, css: findingsCss + guardSectionCss, values: employeeValues };
