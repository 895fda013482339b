// Entry of the task pane's page, which is also the ribbon's runtime (SharedRuntime 1.1: the manifest's Runtime and
// FunctionFile are this page): waits for Office.js, binds the ribbon's commands to the same host the pane uses (one
// lane for highlight rules) with a link that brings their outcome into the pane, then renders the pane (the Excel
// host loaded on first use). The page is routed by state, never re-navigated: "Tạo bảng theo dõi" sends the pane to
// the officials' tools. `?thong-bao=…` is the ribbon's message shown in a dialog (hosts without a shared runtime),
// `?mo=tao-bang` the tools opened in a dialog there; outside Excel, a plain message.
import "./noEval";
import { createRoot } from "react-dom/client";
import { checkRequirements, type HostEnv } from "../excel/env";
import { MESSAGE_PARAM, associateCommands, makeCommands } from "../commands/handlers";
import { App, MessagePage, NoOffice, openAtOf } from "./App";
import { lazyHost } from "./lazyHost";
import { ribbonLink } from "./ribbonLink";

function start(): void {
  const el = document.getElementById("root");
  if (!el) return;
  const root = createRoot(el);
  const env = globalThis as HostEnv;
  const office = (env as { Office?: typeof Office }).Office;
  const message = new URLSearchParams(location.search).get(MESSAGE_PARAM);
  if (message !== null) {
    root.render(<MessagePage text={message} />);
    return;
  }
  if (!office || typeof office.onReady !== "function") {
    root.render(<NoOffice />);
    return;
  }
  office.onReady((info) => {
    if (info && "host" in info && info.host === null) {
      root.render(<NoOffice />);
      return;
    }
    const host = lazyHost(
      () => import(/* webpackChunkName: "host" */ "../excel/host").then((m) => m.createExcelHost(env)),
      () => checkRequirements(env),
    );
    const ribbon = ribbonLink();
    associateCommands(office, makeCommands(env, host, { pane: ribbon }));
    root.render(<App host={host} openAt={openAtOf(location.search)} ribbon={ribbon} />);
  });
}

start();
