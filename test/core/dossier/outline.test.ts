// What a dossier holds without building it (the pane shows it before "Lập hồ sơ"): the same documents, reason and
// blanks as the built dossier, on the five samples and on the edges.
import { BLANK_WORDS, dossierBlankCodes, dossierKinds, dossierOf, noDossierCause, noDossierReason } from "../../../src/core/dossier";
import { planWords } from "../../../src/core/dossier/legal";
import { SAMPLE_NAMES, fixtureRun } from "../../helpers/fixtures";

test.each(SAMPLE_NAMES)("%s: the outline names the documents, blanks and reason the built dossier has", async (name) => {
  for (const quota of [0, 2, 3]) {
    const run = await fixtureRun(name, { quota });
    for (const settings of [{}, { proposal: { number: "15" }, meeting: { place: "Hội trường" } }]) {
      const built = dossierOf(run, settings, "2025-12-20");
      const kinds = dossierKinds(run.nomination.nominees.length, run.nomination.tieReview.length);
      expect(kinds).toEqual(built.documents.map((d) => d.kind));
      const planOwn = planWords(run.catalog, run.unit).own;
      expect(dossierBlankCodes(settings, kinds, planOwn).map((b) => BLANK_WORDS[b])).toEqual(built.blanks);
      const eligible = run.rows.filter((r) => r.eligible).length;
      expect(kinds.length ? null : noDossierReason(run.nomination.quota, eligible)).toEqual(built.reason);
    }
  }
});

test("why nothing is made: no place, no one eligible, else no one proposed or to review", () => {
  expect([noDossierCause(0, 5), noDossierCause(2, 0), noDossierCause(2, 3)]).toEqual(["quota", "eligible", "none"]);
});

test("the blanks follow the settings: a name given is no longer blank; the votes always are", () => {
  const all = dossierKinds(1, 1);
  expect(all).toEqual(["proposal", "list", "report", "minutes"]);
  expect(dossierBlankCodes({}, all, true)).toEqual([
    "proposalNumber",
    "proposalDate",
    "signer",
    "preparedBy",
    "personal",
    "confirmer",
    "meetingTime",
    "meetingPlace",
    "chair",
    "secretary",
    "members",
    "votes",
  ]);
  const filled = {
    signer: { name: "Lê Văn Bình" },
    preparedBy: "Ngô Thị Hà",
    proposal: { number: "15", date: "2025-12-20" },
    meeting: { date: "2025-12-18", time: "14 giờ", place: "Hội trường", chair: { name: "A" }, secretary: { name: "B" }, members: ["C"] },
    confirmer: { name: "A" },
  };
  expect(dossierBlankCodes(filled, all, false)).toEqual(["personal", "votes", "plan"]);
  expect(dossierBlankCodes(filled, [], false)).toEqual([]);
});
