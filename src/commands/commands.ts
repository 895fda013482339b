// Entry of the ribbon's function file when it is its own page (commands.html, a host without a shared runtime
// loading an older manifest): once Office is ready, the manifest's ExecuteFunction names are bound to their
// handlers. With the shared runtime the pane's page binds them itself (taskpane/index.tsx).
import type { HostEnv } from "../excel/env";
import { createExcelHost } from "../excel/host";
import { associateCommands, makeCommands } from "./handlers";

const env = globalThis as HostEnv;
const office = (globalThis as { Office?: typeof Office }).Office;
office?.onReady(() => associateCommands(office, makeCommands(env, createExcelHost(env))));
