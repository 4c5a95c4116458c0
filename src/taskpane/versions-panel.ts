// Placeholder until the versions panel lands (issue 4): renders nothing.
import type { MountPanel } from "./panel";

export const mountVersionsPanel: MountPanel = () => undefined;
