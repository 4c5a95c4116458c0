// The versions panel in the taskpane: the controller (versions-controller.ts) over the Excel
// versions store, drawn by versions-view.ts. Only what needs the browser is here: Excel.run, the
// clipboard, and the download link's object URL.

import {
  applyVersion,
  compareVersions,
  deleteVersion,
  importVersion,
  listVersions,
  renameVersion,
  saveVersion,
} from "../excel/versions-store";
import { mountView, type MountPanel, type PanelContext } from "./panel";
import { versionsController, type VersionsStore } from "./versions-controller";
import { versionsPanelView } from "./versions-view";

/** The store's operations, each in its own Excel batch. */
export function excelVersionsStore(run: PanelContext["run"]): VersionsStore {
  return {
    list: (options) => run((excel) => listVersions(excel, options)),
    save: (request, options) => run((excel) => saveVersion(excel, request, options)),
    import: (version, replace, options) => run((excel) => importVersion(excel, version, replace, options)),
    apply: (name, options) => run((excel) => applyVersion(excel, name, options)),
    rename: (from, to, options) => run((excel) => renameVersion(excel, from, to, options)),
    remove: (name, options) => run((excel) => deleteVersion(excel, name, options)),
    compare: (versions, locale) => run((excel) => compareVersions(excel, versions, locale)),
  };
}

export const mountVersionsPanel: MountPanel = (root, context) => {
  let download: { json: string; url: string } | undefined;
  const downloadUrl = (json: string) => {
    if (download?.json !== json) {
      if (download) URL.revokeObjectURL(download.url);
      download = { json, url: URL.createObjectURL(new Blob([json], { type: "application/json" })) };
    }
    return download.url;
  };
  const controller = versionsController({
    store: excelVersionsStore((task) => context.run(task)),
    locale: () => context.locale(),
    status: context.status,
    now: () => new Date(),
    async copy(text) {
      // Selected first: the fallback copies the selection.
      root.querySelector<HTMLTextAreaElement>('[data-part="export-json"]')?.select();
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        document.execCommand("copy"); // clipboard API refused in some Office hosts
      }
    },
  });
  mountView(root, context, versionsPanelView(controller, downloadUrl));
  void controller.refresh();
};
