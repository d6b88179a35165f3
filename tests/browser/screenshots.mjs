// The pictures of the rating page in docs/images, taken from a live session and a
// return form in Debian's chromium. Run by hand after changing the page:
//
//   STRONGTRUST_EXE=build/test/bin/strongtrust node tests/browser/screenshots.mjs
//
// writes docs/images/live-phone.png (360×740), docs/images/live-laptop.png
// (1280×800) and docs/images/return-form.png (360×740).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import {
    FRAMEWORK, LAPTOP, PERIOD, PHONE, indicator, launchChromium, must, repoRoot, startLive,
} from './support.mjs';

const images = path.join(repoRoot, 'docs', 'images');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strongtrust-screenshots-'));
const sample = JSON.parse(fs.readFileSync(path.join(repoRoot, 'resources', 'samples', 'oakfield-2025-26.json'), 'utf8'));

// The sample trust's trustees, with none of their ratings yet: the meeting is about to start.
const workbook = path.join(dir, 'oakfield.strongtrust');
await must(['new', workbook, '--trust', sample.trust.name]);
await must(['start', workbook, '--period', PERIOD, '--title', sample.title]);
const trustees = path.join(dir, 'trustees.json');
fs.writeFileSync(trustees, JSON.stringify({
    format: 'strongtrust-assessment', formatVersion: 1, trust: sample.trust,
    framework: { id: FRAMEWORK.id, version: FRAMEWORK.version }, period: PERIOD,
    raters: sample.raters, ratings: [],
}));
await must(['import', workbook, trustees]);

const browser = await launchChromium();
const live = await startLive(workbook, dir);
const shown = indicator('governance.shared-accountability');
const first = sample.raters[0].name;
const second = sample.raters[1].name;

async function heading(page, ind) {
    await page.getByRole('heading', { level: 1, name: ind.text, exact: true }).waitFor({ timeout: 10000 });
}

// The top of the page, nothing hovered or focused.
async function settle(page) {
    await page.mouse.move(0, 0);
    await page.evaluate(() => { if (document.activeElement) document.activeElement.blur(); window.scrollTo(0, 0); });
}

try {
    live.send(`current ${shown.id}`);
    await new Promise((r) => setTimeout(r, 300));

    // A phone, one hand: the clerk's indicator, a level chosen and saved.
    const phone = await (await browser.newContext({ ...PHONE, deviceScaleFactor: 1 })).newPage();
    await phone.goto(live.urlOf(first));
    await heading(phone, shown);
    await phone.getByRole('radio', { name: /^Developing/ }).click();
    await phone.getByText('Saved', { exact: true }).waitFor();
    await settle(phone);
    await phone.screenshot({ path: path.join(images, 'live-phone.png') });

    // A laptop: the same, at a desk.
    const laptop = await (await browser.newContext(LAPTOP)).newPage();
    await laptop.goto(live.urlOf(second));
    await heading(laptop, shown);
    await laptop.getByRole('radio', { name: /^Established/ }).click();
    await laptop.getByText('Saved', { exact: true }).waitFor();
    await settle(laptop);
    await laptop.screenshot({ path: path.join(images, 'live-laptop.png') });
} finally {
    live.send('stop');
    await live.stop();
}

// A return form, opened from disk: a few indicators rated, the list of all of them.
const forms = path.join(dir, 'forms');
fs.mkdirSync(forms);
await must(['form', workbook, '--period', PERIOD, '--out', forms, '--trustee', first]);
const file = fs.readdirSync(forms).find((f) => f.endsWith('.html') && f.startsWith(first.toLowerCase().split(' ')[0]));
const form = await (await browser.newContext({ ...PHONE, deviceScaleFactor: 1, offline: true })).newPage();
await form.goto(pathToFileURL(path.join(forms, file)).href);
// It opens on the first indicator not yet rated (the live session rated one).
await form.getByRole('radio', { name: /^Developing/ }).waitFor();
await form.getByRole('radio', { name: /^Developing/ }).click();
for (const level of ['Established', 'Developing']) {
    await form.getByRole('button', { name: 'Next' }).click();
    await form.getByRole('radio', { name: new RegExp(`^${level}`) }).click();
}
await form.getByRole('button', { name: 'All indicators' }).click();
await form.getByText(/You have rated 4 of/).waitFor();
await settle(form);
await form.screenshot({ path: path.join(images, 'return-form.png') });

await browser.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(`Wrote ${['live-phone.png', 'live-laptop.png', 'return-form.png'].map((f) => path.join('docs/images', f)).join(', ')}`);
