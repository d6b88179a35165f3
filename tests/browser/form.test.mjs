// Return forms as trustees use them: `strongtrust form` writes one HTML file per
// trustee; it is opened from disk in a real chromium with no network at all,
// rated, reloaded, saved as a return, and the return imported into the workbook.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import {
    LAPTOP, PERIOD, PHONE, TRUST, indicator, launchChromium, makeWorkbook, must, ratingsByName, repoRoot, run,
    tempDir,
    watchPage,
} from './support.mjs';

const FIRST = indicator('governance.shared-accountability');
const SECOND = indicator('governance.strategic-direction');
const THIRD = indicator('governance.intervention');
const EARLIER_NOTE = 'Sam said this at the last meeting.';

function statementHeading(page, ind) {
    return page.getByRole('heading', { level: 1, name: ind.text, exact: true });
}

// A context with the network gone: offline, and every request that is not for a
// file aborted and counted.
async function offlineContext(browser, attempts, problems) {
    const context = await browser.newContext({ ...PHONE, acceptDownloads: true, offline: true });
    await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('file:')) return route.continue();
        attempts.push(url);
        return route.abort();
    });
    context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('file:') && !attempts.includes(url)) attempts.push(url);
    });
    context.on('page', (page) => watchPage(page, problems));
    return context;
}

test('return forms, offline from start to finish', async (t) => {
    const dir = tempDir(t);
    const workbook = await makeWorkbook(dir, ['Jane Smith', 'Sam Patel'],
        [{ name: 'Sam Patel', indicator: FIRST.id, level: 2, note: EARLIER_NOTE }]);
    const forms = path.join(dir, 'forms');
    fs.mkdirSync(forms);
    const written = await must(['form', workbook, '--period', PERIOD, '--out', forms]);

    const janeForm = path.join(forms, 'jane-smith-2025-26-form.html');
    const samForm = path.join(forms, 'sam-patel-2025-26-form.html');

    await t.test('one form per trustee is written, and named in what the command prints', () => {
        assert.deepEqual(fs.readdirSync(forms).sort(), ['jane-smith-2025-26-form.html', 'sam-patel-2025-26-form.html']);
        assert.match(written.stdout, /jane-smith-2025-26-form\.html/);
        assert.match(written.stdout, /sam-patel-2025-26-form\.html/);
    });

    const browser = await launchChromium();
    t.after(() => browser.close());
    const attempts = [];
    const problems = [];
    const context = await offlineContext(browser, attempts, problems);
    const page = await context.newPage();

    await t.test('the form opens from disk and shows the first indicator', async () => {
        await page.goto(pathToFileURL(janeForm).href);
        await statementHeading(page, FIRST).waitFor();
        await page.getByText('Rating as Jane Smith').waitFor();
        await page.getByText(TRUST).first().waitFor();
        await page.getByRole('group', { name: FIRST.text }).waitFor();
        await page.getByRole('button', { name: 'Save my return', exact: true }).waitFor();
    });

    await t.test('a trustee rates a few indicators, with a note', async () => {
        await page.getByRole('radio', { name: /^Established/ }).click();
        await page.getByText('Kept in this browser', { exact: true }).waitFor();
        await page.getByRole('button', { name: 'Next' }).click();
        await statementHeading(page, SECOND).waitFor();
        await page.getByRole('radio', { name: /^Developing/ }).click();
        await page.getByRole('textbox', { name: /note/i }).fill('Priorities are not yet known to staff.');
        await page.getByRole('button', { name: 'Next' }).click();
        await statementHeading(page, THIRD).waitFor();
        // By keyboard: into the levels, then along them with the arrow keys.
        await page.getByRole('radio', { name: /^Leading/ }).focus();
        await page.keyboard.press('Space');
        assert.ok(await page.getByRole('radio', { name: /^Leading/ }).isChecked());
        await page.keyboard.press('ArrowDown');
        assert.ok(await page.getByRole('radio', { name: /^Not applicable/ }).isChecked());
        await page.getByText('Kept in this browser', { exact: true }).waitFor();
    });

    await t.test('progress is kept when the form is opened again', async () => {
        await page.reload();
        await page.getByRole('button', { name: 'All indicators' }).click();
        await page.getByText('You have rated 3 of 30.').waitFor();
        await page.getByRole('button', { name: new RegExp(SECOND.text.slice(0, 40)) }).click();
        await statementHeading(page, SECOND).waitFor();
        assert.ok(await page.getByRole('radio', { name: /^Developing/ }).isChecked());
        assert.equal(await page.getByRole('textbox', { name: /note/i }).inputValue(), 'Priorities are not yet known to staff.');
        await page.getByRole('button', { name: 'Previous' }).click();
        assert.ok(await page.getByRole('radio', { name: /^Established/ }).isChecked());
    });

    let saved;
    await t.test('Save my return downloads the return, named after the trustee and period', async () => {
        const downloading = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Save my return', exact: true }).click();
        const download = await downloading;
        assert.equal(download.suggestedFilename(), 'jane-smith-2025-26-return.json');
        saved = path.join(dir, download.suggestedFilename());
        await download.saveAs(saved);
        await page.getByText(/Send this file to the clerk/).waitFor();
        const doc = JSON.parse(fs.readFileSync(saved, 'utf8'));
        assert.equal(doc.format, 'strongtrust-assessment');
        assert.equal(doc.period, PERIOD);
        assert.equal(doc.raters.length, 1);
        assert.equal(doc.raters[0].name, 'Jane Smith');
        const rater = doc.raters[0].id;
        assert.deepEqual(doc.ratings, [
            { rater, indicator: FIRST.id, level: 3 },
            { rater, indicator: SECOND.id, level: 2, note: 'Priorities are not yet known to staff.' },
            { rater, indicator: THIRD.id, level: 'na' },
        ]);
    });

    await t.test('the clerk imports the return and the ratings are in the workbook', async () => {
        const imported = await run(['import', workbook, saved]);
        assert.equal(imported.code, 0, imported.stdout + imported.stderr);
        const stored = await ratingsByName(workbook, dir);
        assert.deepEqual(stored['Jane Smith'][FIRST.id], { level: 3, note: '' });
        assert.deepEqual(stored['Jane Smith'][SECOND.id], { level: 2, note: 'Priorities are not yet known to staff.' });
        assert.deepEqual(stored['Jane Smith'][THIRD.id], { level: 'na', note: '' });
        assert.deepEqual(stored['Sam Patel'][FIRST.id], { level: 2, note: EARLIER_NOTE });
    });

    await t.test('a form carrying earlier answers shows them, and not another trustee\'s', async () => {
        // The same browser (so the same storage for files), at a laptop's size.
        const sam = await context.newPage();
        await sam.setViewportSize(LAPTOP.viewport);
        await sam.goto(pathToFileURL(samForm).href);
        await sam.getByText('Rating as Sam Patel').waitFor();
        await sam.getByRole('button', { name: 'All indicators' }).click();
        await sam.getByText('You have rated 1 of 30.').waitFor();
        await sam.getByRole('button', { name: new RegExp(FIRST.text.slice(0, 40)) }).click();
        await statementHeading(sam, FIRST).waitFor();
        assert.ok(await sam.getByRole('radio', { name: /^Developing/ }).isChecked());
        assert.equal(await sam.getByRole('textbox', { name: /note/i }).inputValue(), EARLIER_NOTE);
        const text = await sam.locator('body').innerText();
        assert.ok(!text.includes('Jane Smith'));
        assert.ok(!text.includes('Priorities are not yet known'));
        await sam.close();
    });

    await t.test('every word of the page is one strongtrust can translate', () => {
        // The form carries the state's `text` (strongtrust's words, through tr()); the page's
        // own English words are its TEXT object. The two must name the same words.
        const html = fs.readFileSync(janeForm, 'utf8');
        const data = JSON.parse(/<script type="application\/json" id="strongtrust-form">([\s\S]*?)<\/script>/.exec(html)[1]);
        const page = fs.readFileSync(path.join(repoRoot, 'resources', 'live', 'rating-page.html'), 'utf8');
        const block = /const TEXT = \{([\s\S]*?)\n *\};/.exec(page)[1];
        const ownWords = [...block.matchAll(/^\s*(\w+):/gm)].map((m) => m[1]).sort();
        assert.ok(ownWords.length > 20, 'the page\'s TEXT was found');
        assert.deepEqual(Object.keys(data.text || {}).sort(), ownWords);
    });

    await t.test('no request left the file', () => {
        assert.deepEqual(attempts, []);
    });

    await t.test('the page ran under the form\'s policy without a script error', () => {
        assert.deepEqual(problems, []);
    });
});
