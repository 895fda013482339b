// Entry of the task pane: waits for Office.js, then renders the pane for the real Excel host, loaded on first use
// (or a plain message when the page is opened outside Excel or Office.js could not be loaded). The ribbon's
// "Tạo bảng theo dõi" opens taskpane.html?mo=tao-bang: the pane starts on the officials' tools.
import "./noEval";
import { createRoot } from "react-dom/client";
import { checkRequirements, type HostEnv } from "../excel/env";
import { App, NoOffice, openAtOf } from "./App";
import { lazyHost } from "./lazyHost";

function start(): void {
  const el = document.getElementById("root");
  if (!el) return;
  const root = createRoot(el);
  const env = globalThis as HostEnv;
  const office = (env as { Office?: typeof Office }).Office;
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
    root.render(<App host={host} openAt={openAtOf(location.search)} />);
  });
}

start();
