// Kept apart from publish.ts so code that needs only these names (the CLI's compare) does not load zod.

/** Folders a web host serves, most common first (cPanel, Plesk, others). */
export const webRootNames: readonly string[] = ['public_html', 'httpdocs', 'www', 'htdocs'];

/** Home page names a web server looks for at the top of the site. */
export const indexNames: readonly string[] = ['index.html', 'index.htm', 'index.php'];
