// Entry of the ribbon's function file (commands.html): once Office is ready, the manifest's ExecuteFunction
// names "scoreAndRank" and "clearHighlights" are bound to their handlers.
import { makeCommands } from "./handlers";

const office = (globalThis as { Office?: typeof Office }).Office;
office?.onReady(() => {
  const commands = makeCommands();
  office.actions.associate("scoreAndRank", commands.scoreAndRank);
  office.actions.associate("clearHighlights", commands.clearHighlights);
});
