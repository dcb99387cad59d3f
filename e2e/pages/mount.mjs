// The JavaScript API of broadsheet.js, for the benchmark harness (mount.html).
import { mount, unmount, mountAll } from '/broadsheet.js';

window.broadsheet = { mount, unmount, mountAll };
document.documentElement.dataset.broadsheetReady = 'true';
