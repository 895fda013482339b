// Evaluated first in both pages (index.tsx imports it; webpack puts it before commands.ts): zod must never compile validators with `new Function` in the add-in (strict CSP,
// no eval), so its JIT — and even its probe for eval — is switched off before any schema is parsed.
import { config } from "zod";

config({ jitless: true });
