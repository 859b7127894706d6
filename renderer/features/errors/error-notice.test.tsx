import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorNotice } from './error-notice.js';

describe('ErrorNotice', () => {
  it('shows plain words first and keeps code, message and detail behind Details', () => {
    const html = renderToStaticMarkup(
      <ErrorNotice error={{ code: 'FTP_AUTH_FAILED', message: 'Login refused', detail: '530 Login incorrect.' }} />,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('The server did not accept the user name or password.');
    expect(html).toContain('Check the user name and password.');
    expect(html.indexOf('The server did not accept')).toBeLessThan(html.indexOf('<details'));
    expect(html).toContain('530 Login incorrect.');
    expect(html).toContain('FTP_AUTH_FAILED');
  });

  it('leaves out the detail row when there is no detail', () => {
    const html = renderToStaticMarkup(<ErrorNotice error={{ code: 'NOT_FOUND', message: 'No such folder' }} />);
    expect(html).toContain('No such folder');
    expect(html).not.toContain('<dt>Detail</dt>');
  });
});
