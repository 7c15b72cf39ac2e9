// axe-core on a page, as every spec runs it: `axe.run` in the page itself (the library's "legacy
// mode"). Its default runs `axe.runPartial` in the page and then `axe.finishRun` in a blank page it
// opens (and loads axe into again) for every analysis: about twice the cost per check (5.7 s
// against 2.7 s per analysis of a 300-section page, measured on this machine). What that mode
// gives up is cross-origin frames, and no page of ours has a frame.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const axeOn = (page: Page): AxeBuilder => new AxeBuilder({ page }).setLegacyMode(true);
