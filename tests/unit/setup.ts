// Every language at hand, as on the extension pages (rules/locales/index.ts adds them to the
// overlay's words); the content script adds the user's language itself (tests/unit/contentImports.test.ts).
import '../../rules/locales';
