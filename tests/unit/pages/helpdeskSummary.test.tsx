// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableIframePageLoading":true,"disableJavaScriptFileLoading":true}}
/** The helpdesk page's summary of a help code names the page, step and agency by their titles, ids in small text. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { encodeHelpCode } from '../../../rules/helpCode/encode';
import { HelpdeskScreen } from '../../../platform/pages/screens';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const code = encodeHelpCode({
  extVersion: '0.1.0',
  browser: 'chrome',
  page: 'bsre-aktivasi',
  step: 'data-diri',
  status: null,
  findings: [],
  missing: [],
  agency: 'magelang',
  locale: 'id',
  validity: null,
});

describe('helpdesk code summary', () => {
  it('shows titles a caller would recognise, with the ids in small text', async () => {
    render(<HelpdeskScreen initialCode="" />);
    fireEvent.input(screen.getByTestId('code-input'), { target: { value: code } });
    fireEvent.click(screen.getByTestId('show-code'));
    await waitFor(() => expect(screen.getByTestId('code-summary')).toBeTruthy());
    const page = screen.getByTestId('summary-page');
    expect(page.textContent).toBe('Aktivasi akun BSrE (bsre-aktivasi)');
    expect(page.querySelector('small')!.textContent).toBe('(bsre-aktivasi)');
    expect(screen.getByTestId('summary-step').textContent).toBe('Data Diri (data-diri)');
    expect(screen.getByTestId('summary-agency').textContent).toBe('Pemerintah Kota Magelang (magelang)');
  });
});
