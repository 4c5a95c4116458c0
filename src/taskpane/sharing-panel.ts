// Placeholder until the sharing panel lands (issue 5): renders nothing.
import type { MountPanel } from "./panel";

export const mountSharingPanel: MountPanel = () => undefined;
