<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>NewPeriodDialog</name>
        <message>
            <source>New period</source>
            <translation>New period</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>e.g. 2025/26</source>
            <translation>e.g. 2025/26</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Annual board self-assessment</source>
            <translation>Annual board self-assessment</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Start the assessment for a new period. Trustees carry over; ratings start blank; open actions and the trust's own measure targets are carried forward. Starting a period cannot be undone.</source>
            <translation>Start the assessment for a new period. Trustees carry over; ratings start blank; open actions and the trust's own measure targets are carried forward. Starting a period cannot be undone.</translation>
        </message>
        <message>
            <source>&amp;Framework:</source>
            <translation>&amp;Framework:</translation>
        </message>
        <message>
            <source>Framework</source>
            <translation>Framework</translation>
        </message>
        <message>
            <source>A framework file (.json)</source>
            <translation>A framework file (.json)</translation>
        </message>
        <message>
            <source>Framework file</source>
            <translation>Framework file</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
    </context>
    <context>
        <name>NewWorkbookDialog</name>
        <message>
            <source>New workbook</source>
            <translation>New workbook</translation>
        </message>
        <message>
            <source>A workbook holds one trust's self-assessments, year after year. Every change is saved as you make it.</source>
            <translation>A workbook holds one trust's self-assessments, year after year. Every change is saved as you make it.</translation>
        </message>
        <message>
            <source>&amp;Trust name:</source>
            <translation>&amp;Trust name:</translation>
        </message>
        <message>
            <source>e.g. Oakfield Learning Trust</source>
            <translation>e.g. Oakfield Learning Trust</translation>
        </message>
        <message>
            <source>Trust name</source>
            <translation>Trust name</translation>
        </message>
        <message>
            <source>Framework:</source>
            <translation>Framework:</translation>
        </message>
        <message>
            <source>&amp;Built-in: five domains of a strong trust</source>
            <translation>&amp;Built-in: five domains of a strong trust</translation>
        </message>
        <message>
            <source>From a &amp;file:</source>
            <translation>From a &amp;file:</translation>
        </message>
        <message>
            <source>Framework file</source>
            <translation>Framework file</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>&amp;Save as:</translation>
        </message>
        <message>
            <source>Workbook file</source>
            <translation>Workbook file</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::ArchiveBundle</name>
        <message>
            <source>%1: missing (the manifest lists it)</source>
            <translation>%1: missing (the manifest lists it)</translation>
        </message>
        <message>
            <source>%1: added (the manifest does not list it)</source>
            <translation>%1: added (the manifest does not list it)</translation>
        </message>
        <message>
            <source>%1: altered (%2)</source>
            <translation>%1: altered (%2)</translation>
        </message>
        <message>
            <source>no assessment %1</source>
            <translation>no assessment %1</translation>
        </message>
        <message>
            <source>the assessment for %1 is a draft: only a final (signed-off) assessment is archived; finalise it first</source>
            <translation>the assessment for %1 is a draft: only a final (signed-off) assessment is archived; finalise it first</translation>
        </message>
        <message>
            <source>the archive needs a folder name</source>
            <translation>the archive needs a folder name</translation>
        </message>
        <message>
            <source>exists and is not a folder; an archive is never written over a file</source>
            <translation>exists and is not a folder; an archive is never written over a file</translation>
        </message>
        <message>
            <source>is not empty; an archive goes into a new or empty folder</source>
            <translation>is not empty; an archive goes into a new or empty folder</translation>
        </message>
        <message>
            <source>the folder %1 does not exist</source>
            <translation>the folder %1 does not exist</translation>
        </message>
        <message>
            <source>cannot be created: %1</source>
            <translation>cannot be created: %1</translation>
        </message>
        <message>
            <source>cannot be written: %1</source>
            <translation>cannot be written: %1</translation>
        </message>
        <message>
            <source>the bundle did not read back as written: %1</source>
            <translation>the bundle did not read back as written: %1</translation>
        </message>
        <message>
            <source>the empty folder could not be replaced</source>
            <translation>the empty folder could not be replaced</translation>
        </message>
        <message>
            <source>cannot be created (the name was taken meanwhile, or the folder refused the rename)</source>
            <translation>cannot be created (the name was taken meanwhile, or the folder refused the rename)</translation>
        </message>
        <message>
            <source>is not a folder; an archive bundle is a folder</source>
            <translation>is not a folder; an archive bundle is a folder</translation>
        </message>
        <message>
            <source>does not exist</source>
            <translation>does not exist</translation>
        </message>
        <message>
            <source>missing: there is nothing to check the bundle against</source>
            <translation>missing: there is nothing to check the bundle against</translation>
        </message>
        <message>
            <source>unreadable: %1</source>
            <translation>unreadable: %1</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>not valid JSON: %1</translation>
        </message>
        <message>
            <source>must be "%1", found "%2": this is not an archive manifest</source>
            <translation>must be "%1", found "%2": this is not an archive manifest</translation>
        </message>
        <message>
            <source>made by a newer version of strongtrust (format version %1); this version reads format version %2</source>
            <translation>made by a newer version of strongtrust (format version %1); this version reads format version %2</translation>
        </message>
        <message>
            <source>must be %1</source>
            <translation>must be %1</translation>
        </message>
        <message>
            <source>"%1" is not the name of a file in the bundle</source>
            <translation>"%1" is not the name of a file in the bundle</translation>
        </message>
        <message>
            <source>"%1" is listed twice (first at %2)</source>
            <translation>"%1" is listed twice (first at %2)</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>must not be negative</translation>
        </message>
        <message>
            <source>is not a SHA-256 (64 hex digits)</source>
            <translation>is not a SHA-256 (64 hex digits)</translation>
        </message>
        <message>
            <source>not a file</source>
            <translation>not a file</translation>
        </message>
        <message>
            <source>%1 bytes; the manifest says %2</source>
            <translation>%1 bytes; the manifest says %2</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>cannot be read</translation>
        </message>
        <message>
            <source>its SHA-256 is not the manifest's: the content has changed</source>
            <translation>its SHA-256 is not the manifest's: the content has changed</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::AssessmentComparison</name>
        <message>
            <source>not comparable</source>
            <translation>not comparable</translation>
        </message>
        <message>
            <source>not scored in both</source>
            <translation>not scored in both</translation>
        </message>
        <message numerus="yes">
            <source>up %n level(s)</source>
            <translation>
                <numerusform>up %n level</numerusform>
                <numerusform>up %n levels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>down %n level(s)</source>
            <translation>
                <numerusform>down %n level</numerusform>
                <numerusform>down %n levels</numerusform>
            </translation>
        </message>
        <message>
            <source>up, within the level</source>
            <translation>up, within the level</translation>
        </message>
        <message>
            <source>down, within the level</source>
            <translation>down, within the level</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>no change</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::AssessmentExporter</name>
        <message>
            <source>Not applicable</source>
            <translation>Not applicable</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::AssessmentImporter</name>
        <message>
            <source>the workbook is read-only (%1); nothing was imported</source>
            <translation>the workbook is read-only (%1); nothing was imported</translation>
        </message>
        <message>
            <source>over %1 MiB; refused</source>
            <translation>over %1 MiB; refused</translation>
        </message>
        <message>
            <source>expected an object, found %1</source>
            <translation>expected an object, found %1</translation>
        </message>
        <message>
            <source>must be "%1", found "%2": this is not an assessment document</source>
            <translation>must be "%1", found "%2": this is not an assessment document</translation>
        </message>
        <message>
            <source>made by a newer version of strongtrust (format version %1); this version reads format version %2</source>
            <translation>made by a newer version of strongtrust (format version %1); this version reads format version %2</translation>
        </message>
        <message>
            <source>this document is for the trust "%1", but this workbook is for "%2"</source>
            <translation>this document is for the trust "%1", but this workbook is for "%2"</translation>
        </message>
        <message>
            <source>must not contain control characters</source>
            <translation>must not contain control characters</translation>
        </message>
        <message>
            <source>"%1" is longer than %2 characters</source>
            <translation>"%1" is longer than %2 characters</translation>
        </message>
        <message>
            <source>the assessment for %1 is final (signed off) and cannot be changed</source>
            <translation>the assessment for %1 is final (signed off) and cannot be changed</translation>
        </message>
        <message>
            <source>the assessment for %1 uses the framework "%2", not "%3"</source>
            <translation>the assessment for %1 uses the framework "%2", not "%3"</translation>
        </message>
        <message>
            <source>a signed-off assessment is restored only into a workbook with no assessment for %1, and this workbook has one</source>
            <translation>a signed-off assessment is restored only into a workbook with no assessment for %1, and this workbook has one</translation>
        </message>
        <message>
            <source>duplicate rater id "%1" (also at %2)</source>
            <translation>duplicate rater id "%1" (also at %2)</translation>
        </message>
        <message>
            <source>"%1" is the same trustee as the rater at %2</source>
            <translation>"%1" is the same trustee as the rater at %2</translation>
        </message>
        <message>
            <source>unknown rater "%1": not the id of any of the document's raters</source>
            <translation>unknown rater "%1": not the id of any of the document's raters</translation>
        </message>
        <message>
            <source>duplicate rating of "%1" by rater "%2" (first at %3)</source>
            <translation>duplicate rating of "%1" by rater "%2" (first at %3)</translation>
        </message>
        <message>
            <source>duplicate consensus for "%1" (first at %2)</source>
            <translation>duplicate consensus for "%1" (first at %2)</translation>
        </message>
        <message>
            <source>"%1" is not a confidence: use limited, moderate or strong</source>
            <translation>"%1" is not a confidence: use limited, moderate or strong</translation>
        </message>
        <message>
            <source>unknown domain "%1"</source>
            <translation>unknown domain "%1"</translation>
        </message>
        <message>
            <source>the indicator "%1" is not in the domain "%2"</source>
            <translation>the indicator "%1" is not in the domain "%2"</translation>
        </message>
        <message>
            <source>"%1" is not a status: use open, in-progress, done or dropped</source>
            <translation>"%1" is not a status: use open, in-progress, done or dropped</translation>
        </message>
        <message>
            <source>malformed date "%1": expected YYYY-MM-DD</source>
            <translation>malformed date "%1": expected YYYY-MM-DD</translation>
        </message>
        <message>
            <source>unknown indicator "%1"</source>
            <translation>unknown indicator "%1"</translation>
        </message>
        <message>
            <source>"na" (not applicable) is not allowed by the scale of %1</source>
            <translation>"na" (not applicable) is not allowed by the scale of %1</translation>
        </message>
        <message>
            <source>%1 is not a level of the scale (%2)</source>
            <translation>%1 is not a level of the scale (%2)</translation>
        </message>
        <message>
            <source>expected a level of the scale, "na" or null, found %1</source>
            <translation>expected a level of the scale, "na" or null, found %1</translation>
        </message>
        <message>
            <source>unknown framework "%1": this workbook knows %2%3</source>
            <translation>unknown framework "%1": this workbook knows %2%3</translation>
        </message>
        <message>
            <source>%1 beside it is not a valid framework: %2</source>
            <translation>%1 beside it is not a valid framework: %2</translation>
        </message>
        <message>
            <source>%1 beside it is the framework "%2" %3</source>
            <translation>%1 beside it is the framework "%2" %3</translation>
        </message>
        <message>
            <source>duplicate reason for "%1" (first at %2)</source>
            <translation>duplicate reason for "%1" (first at %2)</translation>
        </message>
        <message>
            <source>is %1 characters long; the longest accepted is %2</source>
            <translation>is %1 characters long; the longest accepted is %2</translation>
        </message>
        <message>
            <source>must be %1 or %2</source>
            <translation>must be %1 or %2</translation>
        </message>
        <message>
            <source>the board's own words need "formatVersion": 2 (this document says %1)</source>
            <translation>the board's own words need "formatVersion": 2 (this document says %1)</translation>
        </message>
        <message>
            <source>baseline standards need "formatVersion": 2 (this document says %1)</source>
            <translation>baseline standards need "formatVersion": 2 (this document says %1)</translation>
        </message>
        <message>
            <source>unknown standard "%1"</source>
            <translation>unknown standard "%1"</translation>
        </message>
        <message>
            <source>duplicate entry for the standard "%1" (first at %2)</source>
            <translation>duplicate entry for the standard "%1" (first at %2)</translation>
        </message>
        <message>
            <source>%1 is not one of met, not-met, null</source>
            <translation>%1 is not one of met, not-met, null</translation>
        </message>
        <message>
            <source>measures need "formatVersion": 2 (this document says %1)</source>
            <translation>measures need "formatVersion": 2 (this document says %1)</translation>
        </message>
        <message>
            <source>unknown measure "%1"</source>
            <translation>unknown measure "%1"</translation>
        </message>
        <message>
            <source>duplicate entry for the measure "%1" (first at %2)</source>
            <translation>duplicate entry for the measure "%1" (first at %2)</translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>must be a finite number</translation>
        </message>
        <message>
            <source>expected a number or null, found %1</source>
            <translation>expected a number or null, found %1</translation>
        </message>
        <message>
            <source>give "min", "max" or both</source>
            <translation>give "min", "max" or both</translation>
        </message>
        <message>
            <source>%1 is above the maximum %2</source>
            <translation>%1 is above the maximum %2</translation>
        </message>
        <message>
            <source>unknown indicator or standard "%1"</source>
            <translation>unknown indicator or standard "%1"</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::AssessmentStore</name>
        <message>
            <source>period "%1"</source>
            <translation>period "%1"</translation>
        </message>
        <message>
            <source>a period is 1 to 40 characters, e.g. 2025/26</source>
            <translation>a period is 1 to 40 characters, e.g. 2025/26</translation>
        </message>
        <message>
            <source>period</source>
            <translation>period</translation>
        </message>
        <message>
            <source>control characters are not allowed</source>
            <translation>control characters are not allowed</translation>
        </message>
        <message>
            <source>the title</source>
            <translation>the title</translation>
        </message>
        <message>
            <source>period %1</source>
            <translation>period %1</translation>
        </message>
        <message>
            <source>there is already an assessment for this period</source>
            <translation>there is already an assessment for this period</translation>
        </message>
        <message>
            <source>assessment %1</source>
            <translation>assessment %1</translation>
        </message>
        <message>
            <source>no such assessment</source>
            <translation>no such assessment</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::AtomicFile</name>
        <message>
            <source>cannot be written: %1</source>
            <translation>cannot be written: %1</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::AuditStore</name>
        <message>
            <source>assessment %1</source>
            <translation>assessment %1</translation>
        </message>
        <message>
            <source>no such assessment</source>
            <translation>no such assessment</translation>
        </message>
        <message>
            <source>the assessment for %1</source>
            <translation>the assessment for %1</translation>
        </message>
        <message>
            <source>it is a draft: correct it by editing it; amendments are for final assessments</source>
            <translation>it is a draft: correct it by editing it; amendments are for final assessments</translation>
        </message>
        <message>
            <source>amendment</source>
            <translation>amendment</translation>
        </message>
        <message>
            <source>the amendment needs a text</source>
            <translation>the amendment needs a text</translation>
        </message>
        <message>
            <source>the amendment</source>
            <translation>the amendment</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::AuditText</name>
        <message>
            <source>%1 %2.%3</source>
            <translation>%1 %2.%3</translation>
        </message>
        <message>
            <source>final</source>
            <translation>final</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message numerus="yes">
            <source>%n open action(s) carried forward</source>
            <translation>
                <numerusform>%n open action carried forward</numerusform>
                <numerusform>%n open actions carried forward</numerusform>
            </translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consensus</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Reason for change</source>
            <translation>Reason for change</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>Amendment</translation>
        </message>
        <message>
            <source>Trustee</source>
            <translation>Trustee</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Trust</translation>
        </message>
        <message>
            <source>Framework</source>
            <translation>Framework</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>level</source>
            <translation>level</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>rationale</source>
            <translation>rationale</translation>
        </message>
        <message>
            <source>confidence</source>
            <translation>confidence</translation>
        </message>
        <message>
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>restored</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>reference</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>confidential</source>
            <translation>confidential</translation>
        </message>
        <message>
            <source>domain</source>
            <translation>domain</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>indicator</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <source>due</source>
            <translation>due</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>role</source>
            <translation>role</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>retired</translation>
        </message>
        <message>
            <source>stored</source>
            <translation>stored</translation>
        </message>
        <message>
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <source>started from</source>
            <translation>started from</translation>
        </message>
        <message>
            <source>meeting date</source>
            <translation>meeting date</translation>
        </message>
        <message>
            <source>chair</source>
            <translation>chair</translation>
        </message>
        <message>
            <source>signed on</source>
            <translation>signed on</translation>
        </message>
        <message>
            <source>minute</source>
            <translation>minute</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>reason</translation>
        </message>
        <message>
            <source>amendment</source>
            <translation>amendment</translation>
        </message>
        <message>
            <source>%1 (own device)</source>
            <comment>audit: a trustee rating on their own phone or laptop</comment>
            <translation>%1 (own device)</translation>
        </message>
        <message>
            <source>The board's words</source>
            <translation>The board's words</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>audit: a measure and its unit</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>not judged</source>
            <comment>audit: a baseline standard</comment>
            <translation>not judged</translation>
        </message>
        <message>
            <source>met</source>
            <comment>audit: a baseline standard</comment>
            <translation>met</translation>
        </message>
        <message>
            <source>not met</source>
            <comment>audit: a baseline standard</comment>
            <translation>not met</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>result</source>
            <translation>result</translation>
        </message>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <source>as of</source>
            <translation>as of</translation>
        </message>
        <message>
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <source>target minimum</source>
            <translation>target minimum</translation>
        </message>
        <message>
            <source>target maximum</source>
            <translation>target maximum</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>audit: a domain and one of its standards or measures</comment>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::CsvReader</name>
        <message>
            <source>row %1</source>
            <translation>row %1</translation>
        </message>
        <message>
            <source>row %1, column %2</source>
            <translation>row %1, column %2</translation>
        </message>
        <message>
            <source>is UTF-16 text; save it as CSV in UTF-8</source>
            <translation>is UTF-16 text; save it as CSV in UTF-8</translation>
        </message>
        <message>
            <source>is not UTF-8 text; save it as CSV in UTF-8</source>
            <translation>is not UTF-8 text; save it as CSV in UTF-8</translation>
        </message>
        <message>
            <source>text after the closing quote of a quoted cell</source>
            <translation>text after the closing quote of a quoted cell</translation>
        </message>
        <message>
            <source>a quote inside a cell that does not begin with one</source>
            <translation>a quote inside a cell that does not begin with one</translation>
        </message>
        <message>
            <source>a quoted cell is not closed</source>
            <translation>a quoted cell is not closed</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::EditRules</name>
        <message>
            <source>assessment %1</source>
            <translation>assessment %1</translation>
        </message>
        <message>
            <source>no such assessment</source>
            <translation>no such assessment</translation>
        </message>
        <message>
            <source>the assessment for %1</source>
            <translation>the assessment for %1</translation>
        </message>
        <message>
            <source>it is final (signed off by %1 on %2) and cannot be changed</source>
            <translation>it is final (signed off by %1 on %2) and cannot be changed</translation>
        </message>
        <message>
            <source>is %1 characters long; the longest accepted is %2</source>
            <translation>is %1 characters long; the longest accepted is %2</translation>
        </message>
        <message>
            <source>indicator "%1"</source>
            <translation>indicator "%1"</translation>
        </message>
        <message>
            <source>not in the framework %1</source>
            <translation>not in the framework %1</translation>
        </message>
        <message>
            <source>level %1</source>
            <translation>level %1</translation>
        </message>
        <message>
            <source>not a level of the framework's scale</source>
            <translation>not a level of the framework's scale</translation>
        </message>
        <message>
            <source>not applicable</source>
            <translation>not applicable</translation>
        </message>
        <message>
            <source>the framework's scale does not allow it</source>
            <translation>the framework's scale does not allow it</translation>
        </message>
        <message>
            <source>the note</source>
            <translation>the note</translation>
        </message>
        <message>
            <source>the rationale</source>
            <translation>the rationale</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>evidence</translation>
        </message>
        <message>
            <source>a title is needed</source>
            <translation>a title is needed</translation>
        </message>
        <message>
            <source>the evidence's title</source>
            <translation>the evidence's title</translation>
        </message>
        <message>
            <source>the evidence's reference</source>
            <translation>the evidence's reference</translation>
        </message>
        <message>
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <source>the action needs a text</source>
            <translation>the action needs a text</translation>
        </message>
        <message>
            <source>the action</source>
            <translation>the action</translation>
        </message>
        <message>
            <source>the action's owner</source>
            <translation>the action's owner</translation>
        </message>
        <message>
            <source>domain "%1"</source>
            <translation>domain "%1"</translation>
        </message>
        <message>
            <source>the reason for change</source>
            <translation>the reason for change</translation>
        </message>
        <message>
            <source>the board's summary</source>
            <translation>the board's summary</translation>
        </message>
        <message>
            <source>the board's paragraph</source>
            <translation>the board's paragraph</translation>
        </message>
        <message>
            <source>indicator or standard "%1"</source>
            <translation>indicator or standard "%1"</translation>
        </message>
        <message>
            <source>standard "%1"</source>
            <translation>standard "%1"</translation>
        </message>
        <message>
            <source>the note on the standard</source>
            <translation>the note on the standard</translation>
        </message>
        <message>
            <source>measure "%1"</source>
            <translation>measure "%1"</translation>
        </message>
        <message>
            <source>the value of "%1"</source>
            <translation>the value of "%1"</translation>
        </message>
        <message>
            <source>is not a finite number</source>
            <translation>is not a finite number</translation>
        </message>
        <message>
            <source>the date of "%1"</source>
            <translation>the date of "%1"</translation>
        </message>
        <message>
            <source>%1 is not a date from the year 1 to 9999</source>
            <translation>%1 is not a date from the year 1 to 9999</translation>
        </message>
        <message>
            <source>the target of "%1"</source>
            <translation>the target of "%1"</translation>
        </message>
        <message>
            <source>its bounds must be finite numbers</source>
            <translation>its bounds must be finite numbers</translation>
        </message>
        <message>
            <source>its minimum %1 is above its maximum %2</source>
            <translation>its minimum %1 is above its maximum %2</translation>
        </message>
        <message>
            <source>the source of "%1"</source>
            <translation>the source of "%1"</translation>
        </message>
        <message>
            <source>the note on "%1"</source>
            <translation>the note on "%1"</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::FrameworkLoader</name>
        <message>
            <source>expected an object, found %1</source>
            <translation>expected an object, found %1</translation>
        </message>
        <message>
            <source>must be "strongtrust-framework", found "%1"</source>
            <translation>must be "strongtrust-framework", found "%1"</translation>
        </message>
        <message>
            <source>made by a newer version of strongtrust (format version %1); this version reads format version %2</source>
            <translation>made by a newer version of strongtrust (format version %1); this version reads format version %2</translation>
        </message>
        <message>
            <source>"%1" is not a valid id: use lower-case letters a-z, digits and hyphens</source>
            <translation>"%1" is not a valid id: use lower-case letters a-z, digits and hyphens</translation>
        </message>
        <message>
            <source>%1 is not a four-digit year</source>
            <translation>%1 is not a four-digit year</translation>
        </message>
        <message numerus="yes">
            <source>has %n level(s); a scale has %1 to %2 levels</source>
            <translation>
                <numerusform>has %n level; a scale has %1 to %2 levels</numerusform>
                <numerusform>has %n levels; a scale has %1 to %2 levels</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is not greater than the previous level's value %2; values must strictly increase</source>
            <translation>%1 is not greater than the previous level's value %2; values must strictly increase</translation>
        </message>
        <message>
            <source>duplicate label "%1" (also at %2)</source>
            <translation>duplicate label "%1" (also at %2)</translation>
        </message>
        <message>
            <source>"%1" is not a colour of the form #rrggbb</source>
            <translation>"%1" is not a colour of the form #rrggbb</translation>
        </message>
        <message numerus="yes">
            <source>has %n domain(s); a framework has 1 to %1 domains</source>
            <translation>
                <numerusform>has %n domain; a framework has 1 to %1 domains</numerusform>
                <numerusform>has %n domains; a framework has 1 to %1 domains</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>has %n indicator(s); a domain has 1 to %1 indicators</source>
            <translation>
                <numerusform>has %n indicator; a domain has 1 to %1 indicators</numerusform>
                <numerusform>has %n indicators; a domain has 1 to %1 indicators</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" is not a value of the scale (%2)</source>
            <translation>"%1" is not a value of the scale (%2)</translation>
        </message>
        <message>
            <source>duplicate id "%1" (also at %2)</source>
            <translation>duplicate id "%1" (also at %2)</translation>
        </message>
        <message>
            <source>over 5 MiB; refused before reading</source>
            <translation>over 5 MiB; refused before reading</translation>
        </message>
        <message>
            <source>has %1 characters; a short title has at most %2</source>
            <translation>has %1 characters; a short title has at most %2</translation>
        </message>
        <message numerus="yes">
            <source>has %n standard(s); a domain has at most %1 standards</source>
            <translation>
                <numerusform>has %n standard; a domain has at most %1 standards</numerusform>
                <numerusform>has %n standards; a domain has at most %1 standards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>has %n measure(s); a domain has at most %1 measures</source>
            <translation>
                <numerusform>has %n measure; a domain has at most %1 measures</numerusform>
                <numerusform>has %n measures; a domain has at most %1 measures</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" is not one of "higher", "lower" or "range"</source>
            <translation>"%1" is not one of "higher", "lower" or "range"</translation>
        </message>
        <message>
            <source>%1 is not from 0 to %2</source>
            <translation>%1 is not from 0 to %2</translation>
        </message>
        <message>
            <source>"better": "range" needs a "target" with "min" and/or "max"</source>
            <translation>"better": "range" needs a "target" with "min" and/or "max"</translation>
        </message>
        <message>
            <source>%1 is not a level value of the scale (%2)</source>
            <translation>%1 is not a level value of the scale (%2)</translation>
        </message>
        <message>
            <source>gives neither "min" nor "max"</source>
            <translation>gives neither "min" nor "max"</translation>
        </message>
        <message>
            <source>%1 is greater than "max" (%2)</source>
            <translation>%1 is greater than "max" (%2)</translation>
        </message>
        <message>
            <source>must be between 1 and %1</source>
            <translation>must be between 1 and %1</translation>
        </message>
        <message>
            <source>"%1" needs "formatVersion": 2 (this file says 1)</source>
            <translation>"%1" needs "formatVersion": 2 (this file says 1)</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::FrameworkStore</name>
        <message>
            <source>the workbook has no framework %1</source>
            <translation>the workbook has no framework %1</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::JsonChecker</name>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>an object</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>an array</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>a string</translation>
        </message>
        <message>
            <source>a boolean</source>
            <translation>a boolean</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>an unsupported value</source>
            <translation>an unsupported value</translation>
        </message>
        <message>
            <source>expected an object, found %1</source>
            <translation>expected an object, found %1</translation>
        </message>
        <message>
            <source>unknown field "%1"</source>
            <translation>unknown field "%1"</translation>
        </message>
        <message>
            <source>expected an array, found %1</source>
            <translation>expected an array, found %1</translation>
        </message>
        <message>
            <source>missing required field "%1"</source>
            <translation>missing required field "%1"</translation>
        </message>
        <message>
            <source>expected a string, found %1</source>
            <translation>expected a string, found %1</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>must not be empty</translation>
        </message>
        <message>
            <source>expected a number, found %1</source>
            <translation>expected a number, found %1</translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>must be a finite number</translation>
        </message>
        <message>
            <source>number is out of range</source>
            <translation>number is out of range</translation>
        </message>
        <message>
            <source>expected a whole number, found %1</source>
            <translation>expected a whole number, found %1</translation>
        </message>
        <message>
            <source>expected true or false, found %1</source>
            <translation>expected true or false, found %1</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::JsonText</name>
        <message>
            <source>no such file</source>
            <translation>no such file</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>is a folder, not a file</translation>
        </message>
        <message>
            <source>file is %1 bytes; files over %2 MiB are refused</source>
            <translation>file is %1 bytes; files over %2 MiB are refused</translation>
        </message>
        <message>
            <source>cannot read: %1</source>
            <translation>cannot read: %1</translation>
        </message>
        <message>
            <source>file is over %1 MiB and is refused</source>
            <translation>file is over %1 MiB and is refused</translation>
        </message>
        <message>
            <source>nested more than %1 levels deep</source>
            <translation>nested more than %1 levels deep</translation>
        </message>
        <message>
            <source>the file is empty; expected a JSON document</source>
            <translation>the file is empty; expected a JSON document</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::Labels</name>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Limited</source>
            <translation>Limited</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Moderate</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>not applicable</source>
            <translation>not applicable</translation>
        </message>
        <message>
            <source>unrated</source>
            <translation>unrated</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Met</source>
            <comment>a baseline standard</comment>
            <translation>Met</translation>
        </message>
        <message>
            <source>Not met</source>
            <comment>a baseline standard</comment>
            <translation>Not met</translation>
        </message>
        <message>
            <source>Not judged</source>
            <comment>a baseline standard</comment>
            <translation>Not judged</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::MeasureInput</name>
        <message>
            <source>%1: "%2" is not a number. Type the value as a number, e.g. %3.</source>
            <translation>%1: "%2" is not a number. Type the value as a number, e.g. %3.</translation>
        </message>
        <message>
            <source>%1: "%2" is not a number. Type the value in %3, e.g. %4.</source>
            <translation>%1: "%2" is not a number. Type the value in %3, e.g. %4.</translation>
        </message>
        <message>
            <source>%1: "%2" is not a target. Type a range such as %3–%4, or "≥ %3" for at least %3, or "≤ %4" for at most %4; leave it empty for the framework's.</source>
            <translation>%1: "%2" is not a target. Type a range such as %3–%4, or "≥ %3" for at least %3, or "≤ %4" for at most %4; leave it empty for the framework's.</translation>
        </message>
        <message>
            <source>at least</source>
            <comment>a typed target</comment>
            <translation>at least</translation>
        </message>
        <message>
            <source>at most</source>
            <comment>a typed target</comment>
            <translation>at most</translation>
        </message>
        <message>
            <source> to </source>
            <comment>a typed target range</comment>
            <translation> to </translation>
        </message>
        <message>
            <source>%1: the target's lower end (%2) is above its upper end (%3).</source>
            <translation>%1: the target's lower end (%2) is above its upper end (%3).</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::Measures</name>
        <message>
            <source>at least %1</source>
            <translation>at least %1</translation>
        </message>
        <message>
            <source>at most %1</source>
            <translation>at most %1</translation>
        </message>
        <message>
            <source>not yet recorded</source>
            <translation>not yet recorded</translation>
        </message>
        <message>
            <source>no target set</source>
            <translation>no target set</translation>
        </message>
        <message>
            <source>within target</source>
            <translation>within target</translation>
        </message>
        <message>
            <source>below the target range %1</source>
            <translation>below the target range %1</translation>
        </message>
        <message>
            <source>below the target of %1</source>
            <translation>below the target of %1</translation>
        </message>
        <message>
            <source>above the target range %1</source>
            <translation>above the target range %1</translation>
        </message>
        <message>
            <source>above the target of %1</source>
            <translation>above the target of %1</translation>
        </message>
        <message>
            <source>not recorded in %1</source>
            <translation>not recorded in %1</translation>
        </message>
        <message>
            <source>recorded in another unit in %1</source>
            <translation>recorded in another unit in %1</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message numerus="yes">
            <source>up %n point(s)</source>
            <translation>
                <numerusform>up %n point</numerusform>
                <numerusform>up %n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>down %n point(s)</source>
            <translation>
                <numerusform>down %n point</numerusform>
                <numerusform>down %n points</numerusform>
            </translation>
        </message>
        <message>
            <source>up %1 points</source>
            <translation>up %1 points</translation>
        </message>
        <message>
            <source>down %1 points</source>
            <translation>down %1 points</translation>
        </message>
        <message>
            <source>up %1</source>
            <translation>up %1</translation>
        </message>
        <message>
            <source>down %1</source>
            <translation>down %1</translation>
        </message>
        <message>
            <source>better</source>
            <translation>better</translation>
        </message>
        <message>
            <source>better: nearer the target range</source>
            <translation>better: nearer the target range</translation>
        </message>
        <message>
            <source>better: nearer the target</source>
            <translation>better: nearer the target</translation>
        </message>
        <message>
            <source>worse</source>
            <translation>worse</translation>
        </message>
        <message>
            <source>worse: further from the target range</source>
            <translation>worse: further from the target range</translation>
        </message>
        <message>
            <source>worse: further from the target</source>
            <translation>worse: further from the target</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::MeasuresCsv</name>
        <message>
            <source>no header row: the first row names the columns measure, value, asOf and source (and optionally note)</source>
            <translation>no header row: the first row names the columns measure, value, asOf and source (and optionally note)</translation>
        </message>
        <message>
            <source>"%1" is one column: separate the columns with commas, not semicolons</source>
            <translation>"%1" is one column: separate the columns with commas, not semicolons</translation>
        </message>
        <message>
            <source>unknown column "%1": the columns are measure, value, asOf, source, note, targetMin and targetMax (title and unit are ignored)</source>
            <translation>unknown column "%1": the columns are measure, value, asOf, source, note, targetMin and targetMax (title and unit are ignored)</translation>
        </message>
        <message>
            <source>the column %1 is named twice (also column %2)</source>
            <translation>the column %1 is named twice (also column %2)</translation>
        </message>
        <message>
            <source>no column %1: the header needs measure, value, asOf and source</source>
            <translation>no column %1: the header needs measure, value, asOf and source</translation>
        </message>
        <message>
            <source>targetMin and targetMax go together: give both columns or neither</source>
            <translation>targetMin and targetMax go together: give both columns or neither</translation>
        </message>
        <message>
            <source>"%1" is not a number</source>
            <translation>"%1" is not a number</translation>
        </message>
        <message>
            <source>is %1 characters long; the longest accepted is %2</source>
            <translation>is %1 characters long; the longest accepted is %2</translation>
        </message>
        <message>
            <source>%1 cells, but the header names %2 columns</source>
            <translation>%1 cells, but the header names %2 columns</translation>
        </message>
        <message>
            <source>empty: name the measure by its full id, such as "%1"</source>
            <translation>empty: name the measure by its full id, such as "%1"</translation>
        </message>
        <message>
            <source>unknown measure "%1"</source>
            <translation>unknown measure "%1"</translation>
        </message>
        <message>
            <source>"%1" is also on row %2</source>
            <translation>"%1" is also on row %2</translation>
        </message>
        <message>
            <source>"%1" is not a date: write it as YYYY-MM-DD</source>
            <translation>"%1" is not a date: write it as YYYY-MM-DD</translation>
        </message>
        <message>
            <source>%1 is above the maximum %2</source>
            <translation>%1 is above the maximum %2</translation>
        </message>
        <message>
            <source>the assessment for %1 uses the framework %2, which has no measures</source>
            <translation>the assessment for %1 uses the framework %2, which has no measures</translation>
        </message>
        <message>
            <source>over %1 MiB; refused</source>
            <translation>over %1 MiB; refused</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::PeriodService</name>
        <message>
            <source>assessment %1</source>
            <translation>assessment %1</translation>
        </message>
        <message>
            <source>no such assessment</source>
            <translation>no such assessment</translation>
        </message>
        <message>
            <source>period %1</source>
            <translation>period %1</translation>
        </message>
        <message>
            <source>a period started from %1 must come after it (periods are in the order of their labels, e.g. 2025/26 after 2024/25)</source>
            <translation>a period started from %1 must come after it (periods are in the order of their labels, e.g. 2025/26 after 2024/25)</translation>
        </message>
        <message>
            <source>sign-off</source>
            <translation>sign-off</translation>
        </message>
        <message>
            <source>the chair's name is needed</source>
            <translation>the chair's name is needed</translation>
        </message>
        <message>
            <source>a valid date is needed</source>
            <translation>a valid date is needed</translation>
        </message>
        <message>
            <source>the chair's name</source>
            <translation>the chair's name</translation>
        </message>
        <message>
            <source>the minute reference</source>
            <translation>the minute reference</translation>
        </message>
        <message>
            <source>the assessment for %1</source>
            <translation>the assessment for %1</translation>
        </message>
        <message>
            <source>cannot be signed off yet: the board has given no reason for the change of a whole level or more since the previous period in %1</source>
            <translation>cannot be signed off yet: the board has given no reason for the change of a whole level or more since the previous period in %1</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::RadarChart</name>
        <message>
            <source>(not scored)</source>
            <translation>(not scored)</translation>
        </message>
        <message>
            <source>No domains to chart.</source>
            <translation>No domains to chart.</translation>
        </message>
        <message>
            <source>Domain scores</source>
            <translation>Domain scores</translation>
        </message>
        <message>
            <source>Chart of domain scores: there are no domains to show.</source>
            <translation>Chart of domain scores: there are no domains to show.</translation>
        </message>
        <message>
            <source>Chart of domain scores on a scale from %1 (%2) to %3 (%4).</source>
            <translation>Chart of domain scores on a scale from %1 (%2) to %3 (%4).</translation>
        </message>
        <message>
            <source>Chart of domain scores.</source>
            <translation>Chart of domain scores.</translation>
        </message>
        <message>
            <source>%1 is the filled shape; %2 is the dashed outline.</source>
            <translation>%1 is the filled shape; %2 is the dashed outline.</translation>
        </message>
        <message>
            <source>%1: not scored</source>
            <translation>%1: not scored</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 — %2.</source>
            <translation>%1 — %2.</translation>
        </message>
        <message>
            <source>capped at %1</source>
            <translation>capped at %1</translation>
        </message>
        <message>
            <source>%1 — %2; %3.</source>
            <translation>%1 — %2; %3.</translation>
        </message>
        <message>
            <source>(%1)</source>
            <comment>a note under an axis title</comment>
            <translation>(%1)</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::RatingStore</name>
        <message>
            <source>trustee %1</source>
            <translation>trustee %1</translation>
        </message>
        <message>
            <source>no such trustee</source>
            <translation>no such trustee</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::RecordStore</name>
        <message>
            <source>evidence %1</source>
            <translation>evidence %1</translation>
        </message>
        <message>
            <source>no such evidence in this assessment</source>
            <translation>no such evidence in this assessment</translation>
        </message>
        <message>
            <source>action %1</source>
            <translation>action %1</translation>
        </message>
        <message>
            <source>no such action in this assessment</source>
            <translation>no such action in this assessment</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::Report</name>
        <message>
            <source>%1: not yet rated.</source>
            <translation>%1: not yet rated.</translation>
        </message>
        <message>
            <source>%1: provisionally %2 (score %3); the board has yet to agree %4 of its %5 scored indicators.</source>
            <translation>%1: provisionally %2 (score %3); the board has yet to agree %4 of its %5 scored indicators.</translation>
        </message>
        <message>
            <source>%1: %2 (score %3).</source>
            <translation>%1: %2 (score %3).</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>no change</translation>
        </message>
        <message>
            <source>Unchanged from %1.</source>
            <translation>Unchanged from %1.</translation>
        </message>
        <message>
            <source>Up from %1 in %2.</source>
            <translation>Up from %1 in %2.</translation>
        </message>
        <message>
            <source>Down from %1 in %2.</source>
            <translation>Down from %1 in %2.</translation>
        </message>
        <message>
            <source>Reason for the change: %1</source>
            <translation>Reason for the change: %1</translation>
        </message>
        <message>
            <source>Owner: %1.</source>
            <translation>Owner: %1.</translation>
        </message>
        <message>
            <source>Due: %1.</source>
            <translation>Due: %1.</translation>
        </message>
        <message>
            <source>In progress.</source>
            <translation>In progress.</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Done.</translation>
        </message>
        <message>
            <source>Dropped.</source>
            <translation>Dropped.</translation>
        </message>
        <message>
            <source>Overdue.</source>
            <translation>Overdue.</translation>
        </message>
        <message>
            <source>Draft minute: board self-assessment, %1</source>
            <translation>Draft minute: board self-assessment, %1</translation>
        </message>
        <message>
            <source>Board meeting of %1</source>
            <translation>Board meeting of %1</translation>
        </message>
        <message>
            <source>The board considered its self-assessment for %1 against %2</source>
            <translation>The board considered its self-assessment for %1 against %2</translation>
        </message>
        <message numerus="yes">
            <source>, drawing on the individual ratings of %n trustee(s)</source>
            <translation>
                <numerusform>, drawing on the individual ratings of %n trustee</numerusform>
                <numerusform>, drawing on the individual ratings of %n trustees</numerusform>
            </translation>
        </message>
        <message>
            <source>, and compared it with %1</source>
            <translation>, and compared it with %1</translation>
        </message>
        <message>
            <source>The board agreed the following position for each domain, where it has agreed its ratings; provisional positions rest on trustees' individual ratings and are still to be agreed:</source>
            <translation>The board agreed the following position for each domain, where it has agreed its ratings; provisional positions rest on trustees' individual ratings and are still to be agreed:</translation>
        </message>
        <message>
            <source>The board agreed the following position for each domain:</source>
            <translation>The board agreed the following position for each domain:</translation>
        </message>
        <message>
            <source>Overall: %1 (mean score %2).</source>
            <translation>Overall: %1 (mean score %2).</translation>
        </message>
        <message>
            <source>The board noted as its priorities:</source>
            <translation>The board noted as its priorities:</translation>
        </message>
        <message>
            <source>No actions were recorded.</source>
            <translation>No actions were recorded.</translation>
        </message>
        <message>
            <source>The board agreed the following actions:</source>
            <translation>The board agreed the following actions:</translation>
        </message>
        <message>
            <source>The chair signed off the self-assessment on behalf of the board on %1</source>
            <translation>The chair signed off the self-assessment on behalf of the board on %1</translation>
        </message>
        <message>
            <source>%1, chair, signed off the self-assessment on behalf of the board on %2</source>
            <translation>%1, chair, signed off the self-assessment on behalf of the board on %2</translation>
        </message>
        <message>
            <source> (minute %1)</source>
            <translation> (minute %1)</translation>
        </message>
        <message>
            <source>RESOLVED: that the board approves its self-assessment for %1 and authorises the chair to sign it off on the board's behalf.</source>
            <translation>RESOLVED: that the board approves its self-assessment for %1 and authorises the chair to sign it off on the board's behalf.</translation>
        </message>
        <message>
            <source>up %1</source>
            <translation>up %1</translation>
        </message>
        <message>
            <source>down %1</source>
            <translation>down %1</translation>
        </message>
        <message>
            <source>%1, provisional at %2</source>
            <translation>%1, provisional at %2</translation>
        </message>
        <message>
            <source>on a scale from %1 (%2) to %3 (%4)</source>
            <translation>on a scale from %1 (%2) to %3 (%4)</translation>
        </message>
        <message>
            <source>across its %1 domains</source>
            <translation>across its %1 domains</translation>
        </message>
        <message>
            <source>across the %1 of its %2 domains rated so far</source>
            <translation>across the %1 of its %2 domains rated so far</translation>
        </message>
        <message>
            <source>Every domain was assessed at the same score, %1 (%2).</source>
            <translation>Every domain was assessed at the same score, %1 (%2).</translation>
        </message>
        <message>
            <source>Every rated domain was assessed at the same score, %1 (%2).</source>
            <translation>Every rated domain was assessed at the same score, %1 (%2).</translation>
        </message>
        <message>
            <source>Every rated domain is nearest to %1; the strongest is %2 (%3) and the weakest %4 (%5).</source>
            <translation>Every rated domain is nearest to %1; the strongest is %2 (%3) and the weakest %4 (%5).</translation>
        </message>
        <message>
            <source>The strongest domain is %1 (%2, %3)</source>
            <translation>The strongest domain is %1 (%2, %3)</translation>
        </message>
        <message>
            <source>The strongest domains are %1 (%2, %3)</source>
            <translation>The strongest domains are %1 (%2, %3)</translation>
        </message>
        <message>
            <source>the weakest is %1 (%2, %3).</source>
            <translation>the weakest is %1 (%2, %3).</translation>
        </message>
        <message>
            <source>the weakest are %1 (%2, %3).</source>
            <translation>the weakest are %1 (%2, %3).</translation>
        </message>
        <message>
            <source>Nothing has been scored yet in %1.</source>
            <translation>Nothing has been scored yet in %1.</translation>
        </message>
        <message>
            <source>There is no earlier assessment to compare with.</source>
            <translation>There is no earlier assessment to compare with.</translation>
        </message>
        <message>
            <source>This report makes no comparison with an earlier period.</source>
            <translation>This report makes no comparison with an earlier period.</translation>
        </message>
        <message>
            <source>No comparison is made with %1, which was assessed against %2 on a different scale.</source>
            <translation>No comparison is made with %1, which was assessed against %2 on a different scale.</translation>
        </message>
        <message>
            <source>Nothing was scored in %1, so no change can be described.</source>
            <translation>Nothing was scored in %1, so no change can be described.</translation>
        </message>
        <message>
            <source>Compared with %1, the overall score is unchanged at %2.</source>
            <translation>Compared with %1, the overall score is unchanged at %2.</translation>
        </message>
        <message>
            <source>Compared with %1, the overall score rose slightly, from %2 to %3.</source>
            <translation>Compared with %1, the overall score rose slightly, from %2 to %3.</translation>
        </message>
        <message>
            <source>Compared with %1, the overall score rose from %2 to %3.</source>
            <translation>Compared with %1, the overall score rose from %2 to %3.</translation>
        </message>
        <message>
            <source>Compared with %1, the overall score fell slightly, from %2 to %3.</source>
            <translation>Compared with %1, the overall score fell slightly, from %2 to %3.</translation>
        </message>
        <message>
            <source>Compared with %1, the overall score fell from %2 to %3.</source>
            <translation>Compared with %1, the overall score fell from %2 to %3.</translation>
        </message>
        <message>
            <source>%1 improved</source>
            <translation>%1 improved</translation>
        </message>
        <message>
            <source>%1 declined</source>
            <translation>%1 declined</translation>
        </message>
        <message>
            <source>the other domain was unchanged</source>
            <translation>the other domain was unchanged</translation>
        </message>
        <message numerus="yes">
            <source>%n domain(s) stayed the same</source>
            <translation>
                <numerusform>%n domain stayed the same</numerusform>
                <numerusform>%n domains stayed the same</numerusform>
            </translation>
        </message>
        <message>
            <source>Since %1, %2.</source>
            <translation>Since %1, %2.</translation>
        </message>
        <message>
            <source>Every domain kept the score it had in %1.</source>
            <translation>Every domain kept the score it had in %1.</translation>
        </message>
        <message>
            <source>Every domain scored in both periods kept the score it had in %1.</source>
            <translation>Every domain scored in both periods kept the score it had in %1.</translation>
        </message>
        <message>
            <source>The framework assessed in %1 did not include %2.</source>
            <translation>The framework assessed in %1 did not include %2.</translation>
        </message>
        <message>
            <source>The framework of this assessment has no domains.</source>
            <translation>The framework of this assessment has no domains.</translation>
        </message>
        <message>
            <source>No indicator has been scored yet in the %1 assessment, so the board's position cannot yet be summarised.</source>
            <translation>No indicator has been scored yet in the %1 assessment, so the board's position cannot yet be summarised.</translation>
        </message>
        <message>
            <source>%1 was assessed as %2, with a score of %3.</source>
            <translation>%1 was assessed as %2, with a score of %3.</translation>
        </message>
        <message>
            <source>The board judged every indicator in %1 not applicable, so the domain has no score.</source>
            <translation>The board judged every indicator in %1 not applicable, so the domain has no score.</translation>
        </message>
        <message>
            <source>No indicator in %1 has been scored yet.</source>
            <translation>No indicator in %1 has been scored yet.</translation>
        </message>
        <message numerus="yes">
            <source>The board judged %n indicator(s) not applicable.</source>
            <translation>
                <numerusform>The board judged %n indicator not applicable.</numerusform>
                <numerusform>The board judged %n indicators not applicable.</numerusform>
            </translation>
        </message>
        <message>
            <source>Its one indicator was rated</source>
            <translation>Its one indicator was rated</translation>
        </message>
        <message>
            <source>All %1 of its indicators were rated</source>
            <translation>All %1 of its indicators were rated</translation>
        </message>
        <message>
            <source>Ratings were given for %1 of its %2 indicators</source>
            <translation>Ratings were given for %1 of its %2 indicators</translation>
        </message>
        <message numerus="yes">
            <source>; the board judged %n indicator(s) not applicable</source>
            <translation>
                <numerusform>; the board judged %n indicator not applicable</numerusform>
                <numerusform>; the board judged %n indicators not applicable</numerusform>
            </translation>
        </message>
        <message>
            <source>The board agreed that rating.</source>
            <translation>The board agreed that rating.</translation>
        </message>
        <message>
            <source>The board agreed a rating for each of them.</source>
            <translation>The board agreed a rating for each of them.</translation>
        </message>
        <message numerus="yes">
            <source>The board agreed %1 of these ratings, leaving %n provisional.</source>
            <translation>
                <numerusform>The board agreed %1 of these ratings, leaving %n provisional.</numerusform>
                <numerusform>The board agreed %1 of these ratings, leaving %n provisional.</numerusform>
            </translation>
        </message>
        <message>
            <source>The framework assessed in %1 did not include this domain.</source>
            <translation>The framework assessed in %1 did not include this domain.</translation>
        </message>
        <message>
            <source>It had no score in %1.</source>
            <translation>It had no score in %1.</translation>
        </message>
        <message>
            <source>It had no score in %1 either.</source>
            <translation>It had no score in %1 either.</translation>
        </message>
        <message>
            <source>In %1 it was assessed as %2 (%3).</source>
            <translation>In %1 it was assessed as %2 (%3).</translation>
        </message>
        <message>
            <source>Its score is unchanged from %1.</source>
            <translation>Its score is unchanged from %1.</translation>
        </message>
        <message>
            <source>This is slightly up from %1 in %2</source>
            <translation>This is slightly up from %1 in %2</translation>
        </message>
        <message>
            <source>This is up from %1 in %2</source>
            <translation>This is up from %1 in %2</translation>
        </message>
        <message>
            <source>This is slightly down from %1 in %2</source>
            <translation>This is slightly down from %1 in %2</translation>
        </message>
        <message>
            <source>This is down from %1 in %2</source>
            <translation>This is down from %1 in %2</translation>
        </message>
        <message>
            <source>, a move from %1 to %2</source>
            <translation>, a move from %1 to %2</translation>
        </message>
        <message>
            <source>The board's reason for the change: %1</source>
            <translation>The board's reason for the change: %1</translation>
        </message>
        <message>
            <source>No individual trustee ratings were recorded for this domain.</source>
            <translation>No individual trustee ratings were recorded for this domain.</translation>
        </message>
        <message>
            <source>Only one trustee rated, so agreement between trustees cannot be judged.</source>
            <translation>Only one trustee rated, so agreement between trustees cannot be judged.</translation>
        </message>
        <message>
            <source>No indicator was rated by more than one trustee, so agreement between trustees cannot be judged.</source>
            <translation>No indicator was rated by more than one trustee, so agreement between trustees cannot be judged.</translation>
        </message>
        <message>
            <source>Trustees were agreed on every indicator.</source>
            <translation>Trustees were agreed on every indicator.</translation>
        </message>
        <message>
            <source>Trustees were agreed on every indicator that more than one of them rated.</source>
            <translation>Trustees were agreed on every indicator that more than one of them rated.</translation>
        </message>
        <message>
            <source>Trustees' ratings were within one level of each other on every indicator.</source>
            <translation>Trustees' ratings were within one level of each other on every indicator.</translation>
        </message>
        <message>
            <source>Trustees' ratings differed by two levels or more on one indicator, %1.</source>
            <translation>Trustees' ratings differed by two levels or more on one indicator, %1.</translation>
        </message>
        <message>
            <source>Trustees' ratings differed by two levels or more on every one of the %1 indicators they rated.</source>
            <translation>Trustees' ratings differed by two levels or more on every one of the %1 indicators they rated.</translation>
        </message>
        <message>
            <source>Trustees' ratings differed by two levels or more on %1 of the %2 indicators they rated.</source>
            <translation>Trustees' ratings differed by two levels or more on %1 of the %2 indicators they rated.</translation>
        </message>
        <message>
            <source>Every rated indicator was assessed at %1.</source>
            <translation>Every rated indicator was assessed at %1.</translation>
        </message>
        <message>
            <source>%1 (confidential)</source>
            <translation>%1 (confidential)</translation>
        </message>
        <message>
            <source>No evidence was cited.</source>
            <translation>No evidence was cited.</translation>
        </message>
        <message>
            <source>No action has been set for this domain.</source>
            <translation>No action has been set for this domain.</translation>
        </message>
        <message>
            <source>No action remains open.</source>
            <translation>No action remains open.</translation>
        </message>
        <message numerus="yes">
            <source>; and %n more</source>
            <translation>
                <numerusform>; and %n more</numerusform>
                <numerusform>; and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The board has %n open action(s): %1.</source>
            <translation>
                <numerusform>The board has %n open action: %1.</numerusform>
                <numerusform>The board has %n open actions: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>due %1</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>%1: %2, assessed as %3.</source>
            <translation>%1: %2, assessed as %3.</translation>
        </message>
        <message numerus="yes">
            <source>Overdue action: %1, %n day(s) overdue.</source>
            <translation>
                <numerusform>Overdue action: %1, %n day overdue.</numerusform>
                <numerusform>Overdue action: %1, %n days overdue.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing has been scored yet, so no priorities can be drawn from the ratings; no action is overdue.</source>
            <translation>Nothing has been scored yet, so no priorities can be drawn from the ratings; no action is overdue.</translation>
        </message>
        <message>
            <source>Nothing has been scored yet; the overdue actions come first:</source>
            <translation>Nothing has been scored yet; the overdue actions come first:</translation>
        </message>
        <message>
            <source>Every scored indicator was assessed at %1, so none stands out as a priority; no action is overdue.</source>
            <translation>Every scored indicator was assessed at %1, so none stands out as a priority; no action is overdue.</translation>
        </message>
        <message>
            <source>Every scored indicator was assessed at %1, so none stands out as a priority; the priorities are the overdue actions:</source>
            <translation>Every scored indicator was assessed at %1, so none stands out as a priority; the priorities are the overdue actions:</translation>
        </message>
        <message>
            <source>Every scored indicator is at the top level, %1, and no action is overdue.</source>
            <translation>Every scored indicator is at the top level, %1, and no action is overdue.</translation>
        </message>
        <message>
            <source>Every scored indicator is at the top level, %1; the priorities are the overdue actions:</source>
            <translation>Every scored indicator is at the top level, %1; the priorities are the overdue actions:</translation>
        </message>
        <message>
            <source>The board's priorities are its lowest-scored indicators (no action is overdue):</source>
            <translation>The board's priorities are its lowest-scored indicators (no action is overdue):</translation>
        </message>
        <message>
            <source>The board's priorities are its lowest-scored indicators and its overdue actions:</source>
            <translation>The board's priorities are its lowest-scored indicators and its overdue actions:</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>confidence: limited</source>
            <translation>confidence: limited</translation>
        </message>
        <message>
            <source>confidence: moderate</source>
            <translation>confidence: moderate</translation>
        </message>
        <message>
            <source>confidence: strong</source>
            <translation>confidence: strong</translation>
        </message>
        <message>
            <source>Draft: not yet signed off by the board</source>
            <translation>Draft: not yet signed off by the board</translation>
        </message>
        <message>
            <source>Final: signed off by the chair on %1</source>
            <translation>Final: signed off by the chair on %1</translation>
        </message>
        <message>
            <source>Final: signed off by %1, chair, on %2</source>
            <translation>Final: signed off by %1, chair, on %2</translation>
        </message>
        <message>
            <source>Board self-assessment</source>
            <translation>Board self-assessment</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>DRAFT: for discussion; not yet agreed and signed off by the board</source>
            <translation>DRAFT: for discussion; not yet agreed and signed off by the board</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Compared with</source>
            <translation>Compared with</translation>
        </message>
        <message>
            <source>Framework</source>
            <translation>Framework</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Board meeting</source>
            <translation>Board meeting</translation>
        </message>
        <message>
            <source>Report date</source>
            <translation>Report date</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <translation>Prepared for</translation>
        </message>
        <message>
            <source>Publication: the board's agreed ratings, the spread of trustees' ratings and the narrative, without trustees' names or individual ratings</source>
            <translation>Publication: the board's agreed ratings, the spread of trustees' ratings and the narrative, without trustees' names or individual ratings</translation>
        </message>
        <message>
            <source>The board: includes trustees' names, individual ratings and notes</source>
            <translation>The board: includes trustees' names, individual ratings and notes</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Domain scores: %1 as the filled shape, %2 as the dashed outline.</source>
            <translation>Domain scores: %1 as the filled shape, %2 as the dashed outline.</translation>
        </message>
        <message>
            <source>Domain scores, %1.</source>
            <translation>Domain scores, %1.</translation>
        </message>
        <message>
            <source>Domains at a glance</source>
            <translation>Domains at a glance</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Domain</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Since %1</source>
            <translation>Since %1</translation>
        </message>
        <message>
            <source>Indicators scored</source>
            <translation>Indicators scored</translation>
        </message>
        <message>
            <source>Trustees differ</source>
            <translation>Trustees differ</translation>
        </message>
        <message>
            <source>Not scored</source>
            <translation>Not scored</translation>
        </message>
        <message>
            <source>provisional</source>
            <translation>provisional</translation>
        </message>
        <message>
            <source>was %1</source>
            <translation>was %1</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Priorities</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>Not yet agreed</source>
            <translation>Not yet agreed</translation>
        </message>
        <message>
            <source>provisional: trustees' mean %1 (%2)</source>
            <translation>provisional: trustees' mean %1 (%2)</translation>
        </message>
        <message>
            <source>No ratings</source>
            <translation>No ratings</translation>
        </message>
        <message>
            <source>%1, one rating</source>
            <translation>%1, one rating</translation>
        </message>
        <message>
            <source>all %1</source>
            <translation>all %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>n = %1</source>
            <translation>n = %1</translation>
        </message>
        <message numerus="yes">
            <source>%n said not applicable</source>
            <translation>
                <numerusform>%n said not applicable</numerusform>
                <numerusform>%n said not applicable</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not rated</source>
            <translation>
                <numerusform>%n not rated</numerusform>
                <numerusform>%n not rated</numerusform>
            </translation>
        </message>
        <message>
            <source>differ by two levels or more</source>
            <translation>differ by two levels or more</translation>
        </message>
        <message>
            <source>(confidential)</source>
            <translation>(confidential)</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Agreed rating</source>
            <translation>Agreed rating</translation>
        </message>
        <message>
            <source>Trustees' spread</source>
            <translation>Trustees' spread</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Rationale</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>No actions were recorded for this period.</source>
            <translation>No actions were recorded for this period.</translation>
        </message>
        <message numerus="yes">
            <source>The board recorded %n action(s) for this period.</source>
            <translation>
                <numerusform>The board recorded %n action for this period.</numerusform>
                <numerusform>The board recorded %n actions for this period.</numerusform>
            </translation>
        </message>
        <message>
            <source>Still open: %1; overdue on %2: %3.</source>
            <translation>Still open: %1; overdue on %2: %3.</translation>
        </message>
        <message>
            <source>Still open: %1; none is overdue.</source>
            <translation>Still open: %1; none is overdue.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>carried forward from an earlier period</source>
            <translation>carried forward from an earlier period</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Sign-off</translation>
        </message>
        <message>
            <source>The chair signed off this self-assessment on behalf of the board on %1. It is final and can no longer be changed.</source>
            <translation>The chair signed off this self-assessment on behalf of the board on %1. It is final and can no longer be changed.</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Minute</source>
            <translation>Minute</translation>
        </message>
        <message>
            <source>This report is a draft. It becomes final when the chair signs off the self-assessment on behalf of the board.</source>
            <translation>This report is a draft. It becomes final when the chair signs off the self-assessment on behalf of the board.</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Appendix: trustees' individual ratings</source>
            <translation>Appendix: trustees' individual ratings</translation>
        </message>
        <message>
            <source>No trustee rated this assessment.</source>
            <translation>No trustee rated this assessment.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Each trustee's own rating of each indicator, before the board agreed its rating. The numbers are the scale's levels: %1; "n/a" is not applicable and a dash means not rated. Trustees are numbered as in this list.</source>
            <translation>Each trustee's own rating of each indicator, before the board agreed its rating. The numbers are the scale's levels: %1; "n/a" is not applicable and a dash means not rated. Trustees are numbered as in this list.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Trustee</source>
            <translation>Trustee</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n/a</translation>
        </message>
        <message>
            <source>Public report</source>
            <translation>Public report</translation>
        </message>
        <message>
            <source>Board report: contains trustees' names and ratings</source>
            <translation>Board report: contains trustees' names and ratings</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>DRAFT</translation>
        </message>
        <message>
            <source>no assessment with the id %1</source>
            <translation>no assessment with the id %1</translation>
        </message>
        <message>
            <source>no assessment for the period "%1" to compare with</source>
            <translation>no assessment for the period "%1" to compare with</translation>
        </message>
        <message>
            <source>the period "%1" cannot be compared with itself</source>
            <translation>the period "%1" cannot be compared with itself</translation>
        </message>
        <message>
            <source>%1 · DRAFT</source>
            <translation>%1 · DRAFT</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>the PDF could not be started</source>
            <translation>the PDF could not be started</translation>
        </message>
        <message>
            <source>the PDF could not be written</source>
            <translation>the PDF could not be written</translation>
        </message>
        <message>
            <source>%1. Written by strongtrust on %2.</source>
            <translation>%1. Written by strongtrust on %2.</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <comment>the last two items of a list</comment>
            <translation>%1 and %2</translation>
        </message>
        <message>
            <source>%1 (no. %2): %3</source>
            <translation>%1 (no. %2): %3</translation>
        </message>
        <message>
            <source>Trustees' notes on %1</source>
            <translation>Trustees' notes on %1</translation>
        </message>
        <message>
            <source>Nothing has been rated yet: no trustee has rated and the board has agreed no rating.</source>
            <translation>Nothing has been rated yet: no trustee has rated and the board has agreed no rating.</translation>
        </message>
        <message>
            <source>The board has agreed no rating yet: every score below is one trustee's rating, not the board's.</source>
            <translation>The board has agreed no rating yet: every score below is one trustee's rating, not the board's.</translation>
        </message>
        <message>
            <source>The board has agreed no rating yet: every score below is provisional, from trustees' ratings so far (%1 trustees, %2 of %3 indicators).</source>
            <translation>The board has agreed no rating yet: every score below is provisional, from trustees' ratings so far (%1 trustees, %2 of %3 indicators).</translation>
        </message>
        <message>
            <source>The board agreed a rating for %1 of the %2 indicators; the scores below are its own.</source>
            <translation>The board agreed a rating for %1 of the %2 indicators; the scores below are its own.</translation>
        </message>
        <message>
            <source>The board agreed a rating for %1 of the %2 indicators; %3 scores below are provisional, from trustees' ratings so far.</source>
            <translation>The board agreed a rating for %1 of the %2 indicators; %3 scores below are provisional, from trustees' ratings so far.</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Agreed</translation>
        </message>
        <message>
            <source>the framework's core domain</source>
            <translation>the framework's core domain</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>%1, the core domain, stands at %2; its weakest indicator is %3 (%4).</source>
            <translation>%1, the core domain, stands at %2; its weakest indicator is %3 (%4).</translation>
        </message>
        <message>
            <source>The lowest-rated indicator is %1 (%2).</source>
            <translation>The lowest-rated indicator is %1 (%2).</translation>
        </message>
        <message>
            <source>The lowest-rated indicators, at %1 (%2), are %3.</source>
            <translation>The lowest-rated indicators, at %1 (%2), are %3.</translation>
        </message>
        <message>
            <source>under Priorities</source>
            <translation>under Priorities</translation>
        </message>
        <message>
            <source>%1 fell from %2 to %3 since %4, the largest fall of any indicator.</source>
            <translation>%1 fell from %2 to %3 since %4, the largest fall of any indicator.</translation>
        </message>
        <message>
            <source>Trustees' ratings were two levels or more apart on %1.</source>
            <translation>Trustees' ratings were two levels or more apart on %1.</translation>
        </message>
        <message>
            <source>in the domain sections</source>
            <translation>in the domain sections</translation>
        </message>
        <message>
            <source>%1 is agreed with strong confidence but cites no evidence.</source>
            <translation>%1 is agreed with strong confidence but cites no evidence.</translation>
        </message>
        <message>
            <source>No indicator moved by a whole level or more since %1.</source>
            <translation>No indicator moved by a whole level or more since %1.</translation>
        </message>
        <message>
            <source>in the table of indicators that moved</source>
            <translation>in the table of indicators that moved</translation>
        </message>
        <message>
            <source>No indicator rose by a whole level or more since %1.</source>
            <translation>No indicator rose by a whole level or more since %1.</translation>
        </message>
        <message>
            <source>Up a whole level or more since %1: %2.</source>
            <translation>Up a whole level or more since %1: %2.</translation>
        </message>
        <message>
            <source>None fell by a whole level or more.</source>
            <translation>None fell by a whole level or more.</translation>
        </message>
        <message>
            <source>Down a whole level or more: %1.</source>
            <translation>Down a whole level or more: %1.</translation>
        </message>
        <message>
            <source>Every agreed rating is within a level of the trustees' median rating.</source>
            <translation>Every agreed rating is within a level of the trustees' median rating.</translation>
        </message>
        <message>
            <source>%1 (agreed %2, trustees' median %3)</source>
            <translation>%1 (agreed %2, trustees' median %3)</translation>
        </message>
        <message>
            <source>%1 agreed ratings are a level or more from the trustees' median, each marked in the domain sections.</source>
            <translation>%1 agreed ratings are a level or more from the trustees' median, each marked in the domain sections.</translation>
        </message>
        <message>
            <source>A level or more from the trustees' median: %1.</source>
            <translation>A level or more from the trustees' median: %1.</translation>
        </message>
        <message>
            <source>No trustee is listed to rate this assessment.</source>
            <translation>No trustee is listed to rate this assessment.</translation>
        </message>
        <message>
            <source>Not yet rated: %1.</source>
            <translation>Not yet rated: %1.</translation>
        </message>
        <message>
            <source>None: the board signed off this assessment on %1.</source>
            <translation>None: the board signed off this assessment on %1.</translation>
        </message>
        <message>
            <source>Confirm the %1 agreed ratings.</source>
            <translation>Confirm the %1 agreed ratings.</translation>
        </message>
        <message>
            <source>Confirm the %1 agreed ratings and agree the %2 still to be agreed.</source>
            <translation>Confirm the %1 agreed ratings and agree the %2 still to be agreed.</translation>
        </message>
        <message>
            <source>Agree the priorities listed in the summary.</source>
            <translation>Agree the priorities listed in the summary.</translation>
        </message>
        <message>
            <source>Reset the overdue action: a new date, a new owner or closure.</source>
            <translation>Reset the overdue action: a new date, a new owner or closure.</translation>
        </message>
        <message>
            <source>Reset the %1 overdue actions: a new date, a new owner or closure.</source>
            <translation>Reset the %1 overdue actions: a new date, a new owner or closure.</translation>
        </message>
        <message>
            <source>Agree the date of the next assessment.</source>
            <translation>Agree the date of the next assessment.</translation>
        </message>
        <message>
            <source>No rating is agreed yet, so no agreed rating can cite evidence.</source>
            <translation>No rating is agreed yet, so no agreed rating can cite evidence.</translation>
        </message>
        <message>
            <source>1 distinct item of evidence cited.</source>
            <translation>1 distinct item of evidence cited.</translation>
        </message>
        <message>
            <source>%1 distinct items of evidence cited.</source>
            <translation>%1 distinct items of evidence cited.</translation>
        </message>
        <message>
            <source>Every agreed rating cites evidence.</source>
            <translation>Every agreed rating cites evidence.</translation>
        </message>
        <message>
            <source>1 of %1 agreed ratings cites no evidence</source>
            <translation>1 of %1 agreed ratings cites no evidence</translation>
        </message>
        <message>
            <source>%1 of %2 agreed ratings cite no evidence</source>
            <translation>%1 of %2 agreed ratings cite no evidence</translation>
        </message>
        <message>
            <source>, marked strong confidence</source>
            <translation>, marked strong confidence</translation>
        </message>
        <message>
            <source>, %1 of them marked strong confidence</source>
            <translation>, %1 of them marked strong confidence</translation>
        </message>
        <message>
            <source>Summary for the chair</source>
            <translation>Summary for the chair</translation>
        </message>
        <message>
            <source>Where the trust stands</source>
            <translation>Where the trust stands</translation>
        </message>
        <message>
            <source>What matters most</source>
            <translation>What matters most</translation>
        </message>
        <message>
            <source>What moved since %1</source>
            <translation>What moved since %1</translation>
        </message>
        <message>
            <source>The board's ratings and the trustees'</source>
            <translation>The board's ratings and the trustees'</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation>Who took part</translation>
        </message>
        <message>
            <source>Decisions for the board</source>
            <translation>Decisions for the board</translation>
        </message>
        <message>
            <source>an indicator this framework no longer has</source>
            <translation>an indicator this framework no longer has</translation>
        </message>
        <message>
            <source>One trustee's ratings so far put %1 at %2, a provisional score of %3.</source>
            <translation>One trustee's ratings so far put %1 at %2, a provisional score of %3.</translation>
        </message>
        <message>
            <source>Trustees' ratings so far put %1 at %2, a provisional score of %3.</source>
            <translation>Trustees' ratings so far put %1 at %2, a provisional score of %3.</translation>
        </message>
        <message>
            <source>%1 stands at %2, with a provisional score of %3 from the board's agreed ratings and trustees' ratings so far.</source>
            <translation>%1 stands at %2, with a provisional score of %3 from the board's agreed ratings and trustees' ratings so far.</translation>
        </message>
        <message>
            <source>The board has not yet agreed a rating for it.</source>
            <translation>The board has not yet agreed a rating for it.</translation>
        </message>
        <message>
            <source>The board has not yet agreed a rating for any of them.</source>
            <translation>The board has not yet agreed a rating for any of them.</translation>
        </message>
        <message>
            <source>Its strongest indicator is %1 (%2).</source>
            <translation>Its strongest indicator is %1 (%2).</translation>
        </message>
        <message>
            <source>Its strongest indicators are %1 (%2).</source>
            <translation>Its strongest indicators are %1 (%2).</translation>
        </message>
        <message>
            <source>Its weakest is %1 (%2).</source>
            <translation>Its weakest is %1 (%2).</translation>
        </message>
        <message>
            <source>Its weakest are %1 (%2).</source>
            <translation>Its weakest are %1 (%2).</translation>
        </message>
        <message>
            <source>; and %1 others, listed in the table below</source>
            <translation>; and %1 others, listed in the table below</translation>
        </message>
        <message>
            <source>The board cited one item of evidence, %1.</source>
            <translation>The board cited one item of evidence, %1.</translation>
        </message>
        <message>
            <source>The board cited one item of evidence, %1, for %2 indicators.</source>
            <translation>The board cited one item of evidence, %1, for %2 indicators.</translation>
        </message>
        <message>
            <source>Also at %1, the other %2 of the %3 lowest-rated indicators: %4.</source>
            <translation>Also at %1, the other %2 of the %3 lowest-rated indicators: %4.</translation>
        </message>
        <message>
            <source>in its one domain</source>
            <translation>in its one domain</translation>
        </message>
        <message>
            <source>in %1, the only one of its %2 domains rated so far</source>
            <translation>in %1, the only one of its %2 domains rated so far</translation>
        </message>
        <message>
            <source>In %1 the board has not yet agreed any rating, and only one trustee has rated so far, on %2 of the %3 indicators: every score in this report is that trustee's rating, not the board's.</source>
            <translation>In %1 the board has not yet agreed any rating, and only one trustee has rated so far, on %2 of the %3 indicators: every score in this report is that trustee's rating, not the board's.</translation>
        </message>
        <message>
            <source>In %1 the board has not yet agreed any rating: every score in this report is provisional, from trustees' ratings so far (%2 trustees, on %3 of the %4 indicators).</source>
            <translation>In %1 the board has not yet agreed any rating: every score in this report is provisional, from trustees' ratings so far (%2 trustees, on %3 of the %4 indicators).</translation>
        </message>
        <message>
            <source>In %1 the board agreed a rating for %2 of the %3 indicators.</source>
            <translation>In %1 the board agreed a rating for %2 of the %3 indicators.</translation>
        </message>
        <message>
            <source>In %1 the board agreed a rating for %2 of the %3 indicators; 1 more rests on trustees' ratings so far and is provisional.</source>
            <translation>In %1 the board agreed a rating for %2 of the %3 indicators; 1 more rests on trustees' ratings so far and is provisional.</translation>
        </message>
        <message>
            <source>In %1 the board agreed a rating for %2 of the %3 indicators; %4 more rest on trustees' ratings so far and are provisional.</source>
            <translation>In %1 the board agreed a rating for %2 of the %3 indicators; %4 more rest on trustees' ratings so far and are provisional.</translation>
        </message>
        <message>
            <source>a score</source>
            <translation>a score</translation>
        </message>
        <message>
            <source>a mean score</source>
            <translation>a mean score</translation>
        </message>
        <message>
            <source>In %1 the board assessed %2 as %3 overall, with %4 of %5 %6 %7.</source>
            <translation>In %1 the board assessed %2 as %3 overall, with %4 of %5 %6 %7.</translation>
        </message>
        <message>
            <source>That trustee's ratings put %1 at %2 overall, with %3 of %4 %5 %6.</source>
            <translation>That trustee's ratings put %1 at %2 overall, with %3 of %4 %5 %6.</translation>
        </message>
        <message>
            <source>Trustees' ratings so far put %1 at %2 overall, with %3 of %4 %5 %6.</source>
            <translation>Trustees' ratings so far put %1 at %2 overall, with %3 of %4 %5 %6.</translation>
        </message>
        <message>
            <source>On the agreed and provisional scores together, %1 stands at %2 overall, with %3 of %4 %5 %6.</source>
            <translation>On the agreed and provisional scores together, %1 stands at %2 overall, with %3 of %4 %5 %6.</translation>
        </message>
        <message>
            <source>The board judged every indicator of %1, the framework's core domain, not applicable.</source>
            <translation>The board judged every indicator of %1, the framework's core domain, not applicable.</translation>
        </message>
        <message>
            <source>%1, the framework's core domain, has no score yet.</source>
            <translation>%1, the framework's core domain, has no score yet.</translation>
        </message>
        <message>
            <source>The board assessed %1, the framework's core domain, as %2 (%3).</source>
            <translation>The board assessed %1, the framework's core domain, as %2 (%3).</translation>
        </message>
        <message>
            <source>%1, the framework's core domain, stands at %2, with a provisional score of %3.</source>
            <translation>%1, the framework's core domain, stands at %2, with a provisional score of %3.</translation>
        </message>
        <message>
            <source>The other rated domains share the same score, %1 (%2).</source>
            <translation>The other rated domains share the same score, %1 (%2).</translation>
        </message>
        <message>
            <source>The other rated domains are nearest to %1; the strongest is %2 (%3) and the weakest %4 (%5).</source>
            <translation>The other rated domains are nearest to %1; the strongest is %2 (%3) and the weakest %4 (%5).</translation>
        </message>
        <message>
            <source>listed in the table of indicators that moved</source>
            <translation>listed in the table of indicators that moved</translation>
        </message>
        <message>
            <source>, by two levels or more</source>
            <translation>, by two levels or more</translation>
        </message>
        <message>
            <source>, %1 of them by two levels or more</source>
            <translation>, %1 of them by two levels or more</translation>
        </message>
        <message>
            <source>No indicator fell by a whole level or more.</source>
            <translation>No indicator fell by a whole level or more.</translation>
        </message>
        <message>
            <source>In %1 the trust stood at %2 overall (%3).</source>
            <translation>In %1 the trust stood at %2 overall (%3).</translation>
        </message>
        <message>
            <source>the OpenDocument package is damaged: %1</source>
            <translation>the OpenDocument package is damaged: %1</translation>
        </message>
        <message>
            <source>no zip directory</source>
            <translation>no zip directory</translation>
        </message>
        <message>
            <source>a bad directory entry</source>
            <translation>a bad directory entry</translation>
        </message>
        <message>
            <source>a bad entry for %1</source>
            <translation>a bad entry for %1</translation>
        </message>
        <message>
            <source>%1 is cut short</source>
            <translation>%1 is cut short</translation>
        </message>
        <message>
            <source>%1 cannot be decompressed</source>
            <translation>%1 cannot be decompressed</translation>
        </message>
        <message>
            <source>%1 uses an unknown compression</source>
            <translation>%1 uses an unknown compression</translation>
        </message>
        <message>
            <source>%1 fails its checksum</source>
            <translation>%1 fails its checksum</translation>
        </message>
        <message>
            <source>Indicator: %1</source>
            <translation>Indicator: %1</translation>
        </message>
        <message>
            <source>Appendix: checks before sign-off</source>
            <translation>Appendix: checks before sign-off</translation>
        </message>
        <message>
            <source>None of the checks before sign-off found anything to look at on %1: every agreed rating cites evidence and departs from the trustees' median only with a rationale, no evidence is dated after the meeting, no action is overdue or repeated after being done, and every trustee has rated every indicator.</source>
            <translation>None of the checks before sign-off found anything to look at on %1: every agreed rating cites evidence and departs from the trustees' median only with a rationale, no evidence is dated after the meeting, no action is overdue or repeated after being done, and every trustee has rated every indicator.</translation>
        </message>
        <message>
            <source>These points were found in the assessment as it was signed off, judged on %1. They are listed for the record.</source>
            <translation>These points were found in the assessment as it was signed off, judged on %1. They are listed for the record.</translation>
        </message>
        <message>
            <source>Before the chair signs off, the clerk should look at these points in the workbook; overdue actions are judged on %1.</source>
            <translation>Before the chair signs off, the clerk should look at these points in the workbook; overdue actions are judged on %1.</translation>
        </message>
        <message>
            <source>%1 of them marked strong confidence.</source>
            <translation>%1 of them marked strong confidence.</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>What was found</translation>
        </message>
        <message>
            <source>Not made: there is no earlier assessment</source>
            <translation>Not made: there is no earlier assessment</translation>
        </message>
        <message>
            <source>Not made: none was asked for</source>
            <translation>Not made: none was asked for</translation>
        </message>
        <message>
            <source>Not made: %1 used a different scale</source>
            <translation>Not made: %1 used a different scale</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Comparison</translation>
        </message>
        <message>
            <source>Trustees who rated</source>
            <translation>Trustees who rated</translation>
        </message>
        <message>
            <source>None yet, of %1 expected</source>
            <translation>None yet, of %1 expected</translation>
        </message>
        <message>
            <source>Indicators that moved</source>
            <translation>Indicators that moved</translation>
        </message>
        <message>
            <source>Indicators whose score moved by a whole level or more since %1, up and down.</source>
            <translation>Indicators whose score moved by a whole level or more since %1, up and down.</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Moved</translation>
        </message>
        <message>
            <source>agreed rating a level or more from the median (%1)</source>
            <translation>agreed rating a level or more from the median (%1)</translation>
        </message>
        <message>
            <source>the OpenDocument package has no content</source>
            <translation>the OpenDocument package has no content</translation>
        </message>
        <message>
            <source>the report could not be written as OpenDocument Text</source>
            <translation>the report could not be written as OpenDocument Text</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n other(s), all listed %2</source>
            <translation>
                <numerusform>%1 and %n other, all listed %2</numerusform>
                <numerusform>%1 and %n others, all listed %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n trustee(s) rated.</source>
            <translation>
                <numerusform>%1 of %n trustee rated.</numerusform>
                <numerusform>%1 of %n trustees rated.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; trustees judged %n indicator(s) not applicable, for the board to confirm</source>
            <translation>
                <numerusform>; trustees judged %n indicator not applicable, for the board to confirm</numerusform>
                <numerusform>; trustees judged %n indicators not applicable, for the board to confirm</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n indicator(s) still to be rated</source>
            <translation>
                <numerusform>; %n indicator still to be rated</numerusform>
                <numerusform>; %n indicators still to be rated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Trustees' ratings differed by two levels or more on %n indicator(s): %1.</source>
            <translation>
                <numerusform>Trustees' ratings differed by two levels or more on %n indicator: %1.</numerusform>
                <numerusform>Trustees' ratings differed by two levels or more on %n indicators: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s) (shares|share) the highest rating (%1).</source>
            <translation>
                <numerusform>%n indicator shares the highest rating (%1).</numerusform>
                <numerusform>%n indicators share the highest rating (%1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s) (shares|share) the lowest rating (%1).</source>
            <translation>
                <numerusform>%n indicator shares the lowest rating (%1).</numerusform>
                <numerusform>%n indicators share the lowest rating (%1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The board cited %n item(s) of evidence: %1.</source>
            <translation>
                <numerusform>The board cited %n item of evidence: %1.</numerusform>
                <numerusform>The board cited %n items of evidence: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) (is|are) overdue: %1.</source>
            <translation>
                <numerusform>%n action is overdue: %1.</numerusform>
                <numerusform>%n actions are overdue: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s) rose by a whole level or more since %1: %2.</source>
            <translation>
                <numerusform>%n indicator rose by a whole level or more since %1: %2.</numerusform>
                <numerusform>%n indicators rose by a whole level or more since %1: %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s) fell by a whole level or more since %1</source>
            <translation>
                <numerusform>%n indicator fell by a whole level or more since %1</numerusform>
                <numerusform>%n indicators fell by a whole level or more since %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>up %n level(s)</source>
            <translation>
                <numerusform>up %n level</numerusform>
                <numerusform>up %n levels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>down %n level(s)</source>
            <translation>
                <numerusform>down %n level</numerusform>
                <numerusform>down %n levels</numerusform>
            </translation>
        </message>
        <message>
            <source>The framework's one baseline standard is met.</source>
            <translation>The framework's one baseline standard is met.</translation>
        </message>
        <message>
            <source>All %1 baseline standards are met.</source>
            <translation>All %1 baseline standards are met.</translation>
        </message>
        <message numerus="yes">
            <source>None of the %n baseline standards has been judged yet.</source>
            <translation>
                <numerusform>None of the %n baseline standards has been judged yet.</numerusform>
                <numerusform>None of the %n baseline standards has been judged yet.</numerusform>
            </translation>
        </message>
        <message>
            <source>No baseline standard is judged not met: %1 of %2 met, %3 not yet judged.</source>
            <translation>No baseline standard is judged not met: %1 of %2 met, %3 not yet judged.</translation>
        </message>
        <message>
            <source>%1 (%2, holding it at %3)</source>
            <translation>%1 (%2, holding it at %3)</translation>
        </message>
        <message numerus="yes">
            <source>Not met: %1; and %n more, all listed in the domain sections.</source>
            <translation>
                <numerusform>Not met: %1; and %n more, all listed in the domain sections.</numerusform>
                <numerusform>Not met: %1; and %n more, all listed in the domain sections.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not met: %1.</source>
            <translation>Not met: %1.</translation>
        </message>
        <message>
            <source>Agree how the trust will meet the standard not met</source>
            <translation>Agree how the trust will meet the standard not met</translation>
        </message>
        <message numerus="yes">
            <source>Agree how the trust will meet the %n standards not met</source>
            <translation>
                <numerusform>Agree how the trust will meet the %n standards not met</numerusform>
                <numerusform>Agree how the trust will meet the %n standards not met</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, and judge the %2 not yet judged.</source>
            <comment>after a plan for standards</comment>
            <translation>%1, and judge the %2 not yet judged.</translation>
        </message>
        <message>
            <source>Judge the baseline standard not yet judged.</source>
            <translation>Judge the baseline standard not yet judged.</translation>
        </message>
        <message numerus="yes">
            <source>Judge the %n baseline standards not yet judged.</source>
            <translation>
                <numerusform>Judge the %n baseline standards not yet judged.</numerusform>
                <numerusform>Judge the %n baseline standards not yet judged.</numerusform>
            </translation>
        </message>
        <message>
            <source>It is %1; its indicators' score is %2.</source>
            <translation>It is %1; its indicators' score is %2.</translation>
        </message>
        <message>
            <source>%1 (%2).</source>
            <translation>%1 (%2).</translation>
        </message>
        <message numerus="yes">
            <source>The board noted that %n baseline standard(s) (is|are) not met:</source>
            <translation>
                <numerusform>The board noted that %n baseline standard is not met:</numerusform>
                <numerusform>The board noted that %n baseline standards are not met:</numerusform>
            </translation>
        </message>
        <message>
            <source>a standard this framework no longer has</source>
            <translation>a standard this framework no longer has</translation>
        </message>
        <message>
            <source>capped at %1 while %2 is not met</source>
            <translation>capped at %1 while %2 is not met</translation>
        </message>
        <message>
            <source>capped at %1 while %2 are not met</source>
            <translation>capped at %1 while %2 are not met</translation>
        </message>
        <message>
            <source>capped</source>
            <translation>capped</translation>
        </message>
        <message>
            <source>%1 is capped at %2 while %3 is not met.</source>
            <translation>%1 is capped at %2 while %3 is not met.</translation>
        </message>
        <message>
            <source>%1 is capped at %2 while %3 are not met.</source>
            <translation>%1 is capped at %2 while %3 are not met.</translation>
        </message>
        <message>
            <source>The board's agreed ratings of its indicators give a score of %1 (%2).</source>
            <translation>The board's agreed ratings of its indicators give a score of %1 (%2).</translation>
        </message>
        <message>
            <source>One trustee's ratings so far give its indicators a provisional score of %1 (%2).</source>
            <translation>One trustee's ratings so far give its indicators a provisional score of %1 (%2).</translation>
        </message>
        <message>
            <source>Trustees' ratings so far give its indicators a provisional score of %1 (%2).</source>
            <translation>Trustees' ratings so far give its indicators a provisional score of %1 (%2).</translation>
        </message>
        <message>
            <source>The board's agreed ratings and trustees' ratings so far give its indicators a provisional score of %1 (%2).</source>
            <translation>The board's agreed ratings and trustees' ratings so far give its indicators a provisional score of %1 (%2).</translation>
        </message>
        <message>
            <source>%1, the framework's core domain, is %2 (%3).</source>
            <translation>%1, the framework's core domain, is %2 (%3).</translation>
        </message>
        <message>
            <source>The framework's one baseline standard, in %1, is not met.</source>
            <translation>The framework's one baseline standard, in %1, is not met.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the %1 baseline standards (is|are) not met, in %2.</source>
            <translation>
                <numerusform>%n of the %1 baseline standards is not met, in %2.</numerusform>
                <numerusform>%n of the %1 baseline standards are not met, in %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>The board judged the framework's one baseline standard met.</source>
            <translation>The board judged the framework's one baseline standard met.</translation>
        </message>
        <message numerus="yes">
            <source>The board judged all %n baseline standards met.</source>
            <translation>
                <numerusform>The board judged all %n baseline standards met.</numerusform>
                <numerusform>The board judged all %n baseline standards met.</numerusform>
            </translation>
        </message>
        <message>
            <source>The framework's one baseline standard has not been judged yet.</source>
            <translation>The framework's one baseline standard has not been judged yet.</translation>
        </message>
        <message numerus="yes">
            <source>The board judged %1 of the %2 baseline standards met; %n standard(s) still to be judged.</source>
            <translation>
                <numerusform>The board judged %1 of the %2 baseline standards met; %n standard still to be judged.</numerusform>
                <numerusform>The board judged %1 of the %2 baseline standards met; %n standards still to be judged.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is %2.</source>
            <translation>%1 is %2.</translation>
        </message>
        <message>
            <source>This domain's one baseline standard is not met.</source>
            <translation>This domain's one baseline standard is not met.</translation>
        </message>
        <message>
            <source>The board judged this domain's one baseline standard met.</source>
            <translation>The board judged this domain's one baseline standard met.</translation>
        </message>
        <message>
            <source>This domain's one baseline standard is not yet judged.</source>
            <translation>This domain's one baseline standard is not yet judged.</translation>
        </message>
        <message numerus="yes">
            <source>The board judged all %n of this domain's baseline standards met.</source>
            <translation>
                <numerusform>The board judged all %n of this domain's baseline standards met.</numerusform>
                <numerusform>The board judged all %n of this domain's baseline standards met.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of this domain's %n baseline standards has been judged yet.</source>
            <translation>
                <numerusform>None of this domain's %n baseline standards has been judged yet.</numerusform>
                <numerusform>None of this domain's %n baseline standards has been judged yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of this domain's %n baseline standards is met.</source>
            <translation>
                <numerusform>None of this domain's %n baseline standards is met.</numerusform>
                <numerusform>None of this domain's %n baseline standards is met.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n (is|are) not met</source>
            <translation>
                <numerusform>%n is not met</numerusform>
                <numerusform>%n are not met</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n (is|are) met</source>
            <translation>
                <numerusform>%n is met</numerusform>
                <numerusform>%n are met</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n (is|are) not yet judged</source>
            <translation>
                <numerusform>%n is not yet judged</numerusform>
                <numerusform>%n are not yet judged</numerusform>
            </translation>
        </message>
        <message>
            <source>Of this domain's %1 baseline standards, %2.</source>
            <translation>Of this domain's %1 baseline standards, %2.</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>Evidence: %1</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>dropped</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>No action recorded.</source>
            <translation>No action recorded.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>an action and its details</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Standard not met</source>
            <translation>Standard not met</translation>
        </message>
        <message>
            <source>The board's note</source>
            <translation>The board's note</translation>
        </message>
        <message>
            <source>What the board is doing</source>
            <translation>What the board is doing</translation>
        </message>
        <message>
            <source>while it is not met, the domain's level cannot be above %1</source>
            <translation>while it is not met, the domain's level cannot be above %1</translation>
        </message>
        <message>
            <source>Other standards</source>
            <translation>Other standards</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>Judgement</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Not yet judged</source>
            <translation>Not yet judged</translation>
        </message>
        <message>
            <source>Not yet recorded</source>
            <translation>Not yet recorded</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>as of %1</translation>
        </message>
        <message>
            <source>source: %1</source>
            <translation>source: %1</translation>
        </message>
        <message>
            <source>no target set</source>
            <translation>no target set</translation>
        </message>
        <message>
            <source>target %1</source>
            <translation>target %1</translation>
        </message>
        <message>
            <source>the trust's own target</source>
            <translation>the trust's own target</translation>
        </message>
        <message>
            <source>Baseline standards</source>
            <translation>Baseline standards</translation>
        </message>
        <message>
            <source>Not yet judged:</source>
            <translation>Not yet judged:</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>No value is recorded yet for this domain's one measure, %1.</source>
            <translation>No value is recorded yet for this domain's one measure, %1.</translation>
        </message>
        <message numerus="yes">
            <source>No value is recorded yet for any of this domain's %n measures: %1.</source>
            <translation>
                <numerusform>No value is recorded yet for any of this domain's %n measures: %1.</numerusform>
                <numerusform>No value is recorded yet for any of this domain's %n measures: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Against its target</source>
            <translation>Against its target</translation>
        </message>
        <message>
            <source>Each measure recorded in two periods or more, period by period to %1: the shaded band is the target that applies now; a gap is a period with no value.</source>
            <translation>Each measure recorded in two periods or more, period by period to %1: the shaded band is the target that applies now; a gap is a period with no value.</translation>
        </message>
        <message>
            <source>%1; its indicators' score is %2</source>
            <translation>%1; its indicators' score is %2</translation>
        </message>
        <message>
            <source>Maturity</source>
            <translation>Maturity</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::SignOffChecks</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>between %1 and %2</source>
            <translation>between %1 and %2</translation>
        </message>
        <message>
            <source>Agreed %1 with strong confidence, but no evidence is cited.</source>
            <translation>Agreed %1 with strong confidence, but no evidence is cited.</translation>
        </message>
        <message>
            <source>Agreed %1, and no evidence is cited.</source>
            <translation>Agreed %1, and no evidence is cited.</translation>
        </message>
        <message>
            <source>Agreed %1; the trustees' median is %2, and no rationale says why the board departed from it.</source>
            <translation>Agreed %1; the trustees' median is %2, and no rationale says why the board departed from it.</translation>
        </message>
        <message>
            <source>%1 is dated %2, after the board's meeting on %3.</source>
            <translation>%1 is dated %2, after the board's meeting on %3.</translation>
        </message>
        <message>
            <source>Carried forward from %1, where it was marked done.</source>
            <translation>Carried forward from %1, where it was marked done.</translation>
        </message>
        <message>
            <source>The same action was marked done in %1.</source>
            <translation>The same action was marked done in %1.</translation>
        </message>
        <message>
            <source>Due %1 and still in progress on %2.</source>
            <translation>Due %1 and still in progress on %2.</translation>
        </message>
        <message>
            <source>Due %1 and still open on %2.</source>
            <translation>Due %1 and still open on %2.</translation>
        </message>
        <message>
            <source>Has not rated the framework's one indicator.</source>
            <translation>Has not rated the framework's one indicator.</translation>
        </message>
        <message>
            <source>Agreed ratings citing no evidence (%1)</source>
            <translation>Agreed ratings citing no evidence (%1)</translation>
        </message>
        <message>
            <source>Agreed ratings a level or more from the trustees' median, with no rationale (%1)</source>
            <translation>Agreed ratings a level or more from the trustees' median, with no rationale (%1)</translation>
        </message>
        <message>
            <source>Evidence dated after the meeting (%1)</source>
            <translation>Evidence dated after the meeting (%1)</translation>
        </message>
        <message>
            <source>Actions repeated after being marked done (%1)</source>
            <translation>Actions repeated after being marked done (%1)</translation>
        </message>
        <message>
            <source>Overdue actions (%1)</source>
            <translation>Overdue actions (%1)</translation>
        </message>
        <message>
            <source>Trustees who have not rated every indicator (%1)</source>
            <translation>Trustees who have not rated every indicator (%1)</translation>
        </message>
        <message>
            <source>Cite the evidence the board relied on, or lower the confidence.</source>
            <translation>Cite the evidence the board relied on, or lower the confidence.</translation>
        </message>
        <message>
            <source>Record the board's rationale for the agreed rating.</source>
            <translation>Record the board's rationale for the agreed rating.</translation>
        </message>
        <message>
            <source>Correct the date, or remove evidence the board did not have at the meeting.</source>
            <translation>Correct the date, or remove evidence the board did not have at the meeting.</translation>
        </message>
        <message>
            <source>Say what is still to do, or drop the repeated action.</source>
            <translation>Say what is still to do, or drop the repeated action.</translation>
        </message>
        <message>
            <source>Set a new due date, or mark the action done or dropped.</source>
            <translation>Set a new due date, or mark the action done or dropped.</translation>
        </message>
        <message>
            <source>Ask the trustee to rate, or note why they did not.</source>
            <translation>Ask the trustee to rate, or note why they did not.</translation>
        </message>
        <message numerus="yes">
            <source>Has not rated any of the %n indicator(s).</source>
            <translation>
                <numerusform>Has not rated any of the %n indicator.</numerusform>
                <numerusform>Has not rated any of the %n indicators.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Has rated %1 of the %n indicator(s).</source>
            <translation>
                <numerusform>Has rated %1 of the %n indicator.</numerusform>
                <numerusform>Has rated %1 of the %n indicators.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>strongtrust::TrendChart</name>
        <message>
            <source>target</source>
            <translation>target</translation>
        </message>
        <message>
            <source>not yet recorded</source>
            <translation>not yet recorded</translation>
        </message>
        <message>
            <source>Trend of %1, with no target set.</source>
            <translation>Trend of %1, with no target set.</translation>
        </message>
        <message>
            <source>Trend of %1, against a target of %2.</source>
            <translation>Trend of %1, against a target of %2.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: not recorded</source>
            <translation>%1: not recorded</translation>
        </message>
        <message>
            <source>Nothing has been recorded.</source>
            <translation>Nothing has been recorded.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::TrustStore</name>
        <message>
            <source>the trust needs a name</source>
            <translation>the trust needs a name</translation>
        </message>
        <message>
            <source>the trust's name</source>
            <translation>the trust's name</translation>
        </message>
        <message>
            <source>a trustee needs a name</source>
            <translation>a trustee needs a name</translation>
        </message>
        <message>
            <source>a trustee's name</source>
            <translation>a trustee's name</translation>
        </message>
        <message>
            <source>a trustee's role</source>
            <translation>a trustee's role</translation>
        </message>
        <message>
            <source>there is already a trustee called %1</source>
            <translation>there is already a trustee called %1</translation>
        </message>
        <message>
            <source>no trustee with id %1</source>
            <translation>no trustee with id %1</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::Workbook</name>
        <message>
            <source>the disk is full (or the workbook has reached its size limit); the change was not saved</source>
            <translation>the disk is full (or the workbook has reached its size limit); the change was not saved</translation>
        </message>
        <message>
            <source>the workbook cannot be written (read-only file or folder); the change was not saved</source>
            <translation>the workbook cannot be written (read-only file or folder); the change was not saved</translation>
        </message>
        <message>
            <source>the workbook is busy in another program; the change was not saved</source>
            <translation>the workbook is busy in another program; the change was not saved</translation>
        </message>
        <message>
            <source>the workbook is damaged (%1)</source>
            <translation>the workbook is damaged (%1)</translation>
        </message>
        <message>
            <source>the workbook could not be read or written (%1); the change was not saved</source>
            <translation>the workbook could not be read or written (%1); the change was not saved</translation>
        </message>
        <message>
            <source>database error: %1</source>
            <translation>database error: %1</translation>
        </message>
        <message>
            <source>is a SQLite database, but not a strongtrust workbook</source>
            <translation>is a SQLite database, but not a strongtrust workbook</translation>
        </message>
        <message>
            <source>was made by a newer version of strongtrust (workbook version %1; this version reads up to %2): install the newer version to open it</source>
            <translation>was made by a newer version of strongtrust (workbook version %1; this version reads up to %2): install the newer version to open it</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>no such file</translation>
        </message>
        <message>
            <source>is a folder, not a workbook</source>
            <translation>is a folder, not a workbook</translation>
        </message>
        <message>
            <source>cannot be read: %1</source>
            <translation>cannot be read: %1</translation>
        </message>
        <message>
            <source>is empty: not a strongtrust workbook</source>
            <translation>is empty: not a strongtrust workbook</translation>
        </message>
        <message>
            <source>is not a strongtrust workbook (not a SQLite database)</source>
            <translation>is not a strongtrust workbook (not a SQLite database)</translation>
        </message>
        <message>
            <source>opened read-only, as asked</source>
            <translation>opened read-only, as asked</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>the file is read-only</translation>
        </message>
        <message>
            <source>the folder %1 is read-only</source>
            <translation>the folder %1 is read-only</translation>
        </message>
        <message>
            <source>the workbook is in use by another program (%1, process %2 on %3); opened read-only</source>
            <translation>the workbook is in use by another program (%1, process %2 on %3); opened read-only</translation>
        </message>
        <message>
            <source>strongtrust</source>
            <translation>strongtrust</translation>
        </message>
        <message>
            <source>the workbook's lock file cannot be created; opened read-only</source>
            <translation>the workbook's lock file cannot be created; opened read-only</translation>
        </message>
        <message>
            <source>the SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite)</source>
            <translation>the SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite)</translation>
        </message>
        <message>
            <source>cannot be opened: %1</source>
            <translation>cannot be opened: %1</translation>
        </message>
        <message>
            <source>unknown user</source>
            <translation>unknown user</translation>
        </message>
        <message>
            <source>already exists; a copy never overwrites a file</source>
            <translation>already exists; a copy never overwrites a file</translation>
        </message>
        <message>
            <source>is the open workbook itself</source>
            <translation>is the open workbook itself</translation>
        </message>
        <message>
            <source>cannot be written: %1</source>
            <translation>cannot be written: %1</translation>
        </message>
        <message>
            <source>cannot be written (the name was taken meanwhile, or the folder refused)</source>
            <translation>cannot be written (the name was taken meanwhile, or the folder refused)</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::WorkbookDatabase</name>
        <message>
            <source>the trust needs a name</source>
            <translation>the trust needs a name</translation>
        </message>
        <message>
            <source>already exists; a new workbook never overwrites a file</source>
            <translation>already exists; a new workbook never overwrites a file</translation>
        </message>
        <message>
            <source>the folder %1 does not exist</source>
            <translation>the folder %1 does not exist</translation>
        </message>
        <message>
            <source>cannot be created: %1</source>
            <translation>cannot be created: %1</translation>
        </message>
        <message>
            <source>cannot be created (the name was taken meanwhile, or the folder refused the rename)</source>
            <translation>cannot be created (the name was taken meanwhile, or the folder refused the rename)</translation>
        </message>
        <message>
            <source>is not a strongtrust workbook (%1)</source>
            <translation>is not a strongtrust workbook (%1)</translation>
        </message>
        <message>
            <source>is a SQLite database, but not a strongtrust workbook</source>
            <translation>is a SQLite database, but not a strongtrust workbook</translation>
        </message>
        <message>
            <source>is damaged and cannot be opened (%1)</source>
            <translation>is damaged and cannot be opened (%1)</translation>
        </message>
        <message>
            <source>was made by a newer version of strongtrust (workbook version %1; this version reads up to %2): install the newer version to open it</source>
            <translation>was made by a newer version of strongtrust (workbook version %1; this version reads up to %2): install the newer version to open it</translation>
        </message>
        <message>
            <source>is not a complete strongtrust workbook (no schema)</source>
            <translation>is not a complete strongtrust workbook (no schema)</translation>
        </message>
        <message>
            <source>was made by an older version of strongtrust and must be upgraded, which needs write access (%1)</source>
            <translation>was made by an older version of strongtrust and must be upgraded, which needs write access (%1)</translation>
        </message>
        <message>
            <source>the workbook is read-only (%1); nothing was changed</source>
            <translation>the workbook is read-only (%1); nothing was changed</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::ActionsModel</name>
        <message>
            <source>New action</source>
            <translation>New action</translation>
        </message>
        <message>
            <source>Carried forward from an earlier period</source>
            <translation>Carried forward from an earlier period</translation>
        </message>
        <message>
            <source>Status of action %1</source>
            <translation>Status of action %1</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due (YYYY-MM-DD)</source>
            <translation>Due (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::ActionsTable</name>
        <message>
            <source>Add a&amp;ction</source>
            <translation>Add a&amp;ction</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::AssessmentPage</name>
        <message>
            <source>&amp;Reveal ratings</source>
            <translation>&amp;Reveal ratings</translation>
        </message>
        <message>
            <source>Trustees' ratings</source>
            <translation>Trustees' ratings</translation>
        </message>
        <message>
            <source>The board's consensus</source>
            <translation>The board's consensus</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Evidence (%1)</source>
            <translation>Evidence (%1)</translation>
        </message>
        <message>
            <source>Actions (%1)</source>
            <translation>Actions (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n trustee(s) have rated.</source>
            <translation>
                <numerusform>%n trustee have rated.</numerusform>
                <numerusform>%n trustees have rated.</numerusform>
            </translation>
        </message>
        <message>
            <source>No trustee has given a level yet.</source>
            <translation>No trustee has given a level yet.</translation>
        </message>
        <message numerus="yes">
            <source>Mean %1, from %2 to %3, standard deviation %4 (%n level(s) given).</source>
            <translation>
                <numerusform>Mean %1, from %2 to %3, standard deviation %4 (%n level given).</numerusform>
                <numerusform>Mean %1, from %2 to %3, standard deviation %4 (%n levels given).</numerusform>
            </translation>
        </message>
        <message>
            <source>Trustees disagree: their ratings are two or more levels apart.</source>
            <translation>Trustees disagree: their ratings are two or more levels apart.</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>not rated</translation>
        </message>
        <message>
            <source>%1 of %2 indicators scored, %3 agreed</source>
            <translation>%1 of %2 indicators scored, %3 agreed</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Overall</translation>
        </message>
        <message numerus="yes">
            <source>; %1 of %n standard(s) met</source>
            <translation>
                <numerusform>; %1 of %n standard met</numerusform>
                <numerusform>; %1 of %n standards met</numerusform>
            </translation>
        </message>
        <message>
            <source>; %1 without the cap</source>
            <translation>; %1 without the cap</translation>
        </message>
        <message>
            <source>(capped)</source>
            <translation>(capped)</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::AuditDialog</name>
        <message>
            <source>Audit trail of %1</source>
            <translation>Audit trail of %1</translation>
        </message>
        <message>
            <source>Period filter</source>
            <translation>Period filter</translation>
        </message>
        <message>
            <source>All periods</source>
            <translation>All periods</translation>
        </message>
        <message>
            <source>Trustee filter</source>
            <translation>Trustee filter</translation>
        </message>
        <message>
            <source>All trustees</source>
            <translation>All trustees</translation>
        </message>
        <message>
            <source>Domain filter</source>
            <translation>Domain filter</translation>
        </message>
        <message>
            <source>All domains</source>
            <translation>All domains</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>Old</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Entries shown</source>
            <translation>Entries shown</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>T&amp;rustee:</source>
            <translation>T&amp;rustee:</translation>
        </message>
        <message>
            <source>&amp;Domain:</source>
            <translation>&amp;Domain:</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n entries</source>
            <translation>
                <numerusform>%1 of %n entries</numerusform>
                <numerusform>%1 of %n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::BoardWordsEditor</name>
        <message>
            <source>&amp;Revert to generated</source>
            <translation>&amp;Revert to generated</translation>
        </message>
        <message>
            <source>The board's words for this part of the report</source>
            <translation>The board's words for this part of the report</translation>
        </message>
        <message>
            <source>Empty: the report uses the generated words.</source>
            <translation>Empty: the report uses the generated words.</translation>
        </message>
        <message>
            <source>Part of the report</source>
            <translation>Part of the report</translation>
        </message>
        <message>
            <source>Remove the board's words for this part: the report goes back to the words generated from the ratings</source>
            <translation>Remove the board's words for this part: the report goes back to the words generated from the ratings</translation>
        </message>
        <message>
            <source>&lt;b&gt;The board's words&lt;/b&gt;</source>
            <translation>&lt;b&gt;The board's words&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Replace the generated summary or a domain's paragraph with the board's own text. Paragraphs are separated by a blank line.</source>
            <translation>Replace the generated summary or a domain's paragraph with the board's own text. Paragraphs are separated by a blank line.</translation>
        </message>
        <message>
            <source>&amp;Part:</source>
            <translation>&amp;Part:</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>No assessment is open.</source>
            <translation>No assessment is open.</translation>
        </message>
        <message>
            <source>The board's words: the report prints them in place of the generated paragraph.</source>
            <translation>The board's words: the report prints them in place of the generated paragraph.</translation>
        </message>
        <message>
            <source>Generated from the ratings. Edit the text to use the board's own words instead.</source>
            <translation>Generated from the ratings. Edit the text to use the board's own words instead.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::ConsensusEditor</name>
        <message>
            <source>The board's consensus</source>
            <translation>The board's consensus</translation>
        </message>
        <message>
            <source>Rationale for the agreed level</source>
            <translation>Rationale for the agreed level</translation>
        </message>
        <message>
            <source>Why the board agreed this level: the evidence it weighed.</source>
            <translation>Why the board agreed this level: the evidence it weighed.</translation>
        </message>
        <message>
            <source>Confidence in the evidence</source>
            <translation>Confidence in the evidence</translation>
        </message>
        <message>
            <source>Agreed level:</source>
            <translation>Agreed level:</translation>
        </message>
        <message>
            <source>Rationale:</source>
            <translation>Rationale:</translation>
        </message>
        <message>
            <source>Agree level %1, %2</source>
            <translation>Agree level %1, %2</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>N/A</translation>
        </message>
        <message>
            <source>Agree not applicable</source>
            <translation>Agree not applicable</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Clear the agreed level</source>
            <translation>Clear the agreed level</translation>
        </message>
        <message>
            <source>Confidence:</source>
            <translation>Confidence:</translation>
        </message>
        <message>
            <source>The board's confidence in the evidence behind the agreed level</source>
            <translation>The board's confidence in the evidence behind the agreed level</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::DialogProvider</name>
        <message>
            <source>strongtrust workbooks (*.strongtrust);;All files (*)</source>
            <translation>strongtrust workbooks (*.strongtrust);;All files (*)</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Trust</translation>
        </message>
        <message>
            <source>Framework file</source>
            <translation>Framework file</translation>
        </message>
        <message>
            <source>Framework files (*.json);;All files (*)</source>
            <translation>Framework files (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Save the new workbook as</source>
            <translation>Save the new workbook as</translation>
        </message>
        <message>
            <source>The trust needs a name.</source>
            <translation>The trust needs a name.</translation>
        </message>
        <message>
            <source>Choose where to save the workbook.</source>
            <translation>Choose where to save the workbook.</translation>
        </message>
        <message>
            <source>%1 already exists. Choose another name: a new workbook never replaces a file.</source>
            <translation>%1 already exists. Choose another name: a new workbook never replaces a file.</translation>
        </message>
        <message>
            <source>Open a workbook</source>
            <translation>Open a workbook</translation>
        </message>
        <message>
            <source>Save a copy of the workbook</source>
            <translation>Save a copy of the workbook</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>Save the chart</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
        </message>
        <message>
            <source>Your name for the audit trail</source>
            <translation>Your name for the audit trail</translation>
        </message>
        <message>
            <source>The audit trail records who made each change. Your name:</source>
            <translation>The audit trail records who made each change. Your name:</translation>
        </message>
        <message>
            <source>Archive the assessment as the folder</source>
            <translation>Archive the assessment as the folder</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::DistributionWidget</name>
        <message>
            <source>Spread of trustees' ratings</source>
            <translation>Spread of trustees' ratings</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Not rated</translation>
        </message>
        <message>
            <source>Ratings are hidden until the clerk reveals them.</source>
            <translation>Ratings are hidden until the clerk reveals them.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::EvidenceModel</name>
        <message>
            <source>New evidence</source>
            <translation>New evidence</translation>
        </message>
        <message>
            <source>⚠ possibly stale</source>
            <translation>⚠ possibly stale</translation>
        </message>
        <message>
            <source>Dated more than twelve months before the meeting: is it still true?</source>
            <translation>Dated more than twelve months before the meeting: is it still true?</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Reference (link or file)</source>
            <translation>Reference (link or file)</translation>
        </message>
        <message>
            <source>Date (YYYY-MM-DD)</source>
            <translation>Date (YYYY-MM-DD)</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::EvidenceTable</name>
        <message>
            <source>&amp;Add evidence</source>
            <translation>&amp;Add evidence</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::FinaliseDialog</name>
        <message>
            <source>not scored</source>
            <translation>not scored</translation>
        </message>
        <message>
            <source>Finalise and sign off %1</source>
            <translation>Finalise and sign off %1</translation>
        </message>
        <message>
            <source>The board's reasons for change</source>
            <translation>The board's reasons for change</translation>
        </message>
        <message>
            <source>Each of these moved a whole level or more since the previous period: say why.</source>
            <translation>Each of these moved a whole level or more since the previous period: say why.</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Reason for the change in %1</source>
            <translation>Reason for the change in %1</translation>
        </message>
        <message>
            <source>Why the score moved</source>
            <translation>Why the score moved</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <source>%1 (%2):</source>
            <translation>%1 (%2):</translation>
        </message>
        <message>
            <source>Chair's name</source>
            <translation>Chair's name</translation>
        </message>
        <message>
            <source>Date of sign-off</source>
            <translation>Date of sign-off</translation>
        </message>
        <message>
            <source>Minute reference</source>
            <translation>Minute reference</translation>
        </message>
        <message>
            <source>e.g. Board minutes 2026-07-12, item 5</source>
            <translation>e.g. Board minutes 2026-07-12, item 5</translation>
        </message>
        <message>
            <source>&amp;Chair's name:</source>
            <translation>&amp;Chair's name:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Minute reference:</source>
            <translation>&amp;Minute reference:</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>&amp;Finalise and Sign Off</source>
            <translation>&amp;Finalise and Sign Off</translation>
        </message>
        <message>
            <source>There is no assessment to finalise.</source>
            <translation>There is no assessment to finalise.</translation>
        </message>
        <message>
            <source>Give the board's reason for each change first: %1.</source>
            <translation>Give the board's reason for each change first: %1.</translation>
        </message>
        <message>
            <source>Enter the chair's name: the sign-off records who signed.</source>
            <translation>Enter the chair's name: the sign-off records who signed.</translation>
        </message>
        <message>
            <source>Once signed off, the %1 assessment is final: it can no longer be changed, and signing off cannot be undone. Corrections afterwards are recorded as amendments.</source>
            <translation>Once signed off, the %1 assessment is final: it can no longer be changed, and signing off cannot be undone. Corrections afterwards are recorded as amendments.</translation>
        </message>
        <message>
            <source>Checks before sign-off</source>
            <translation>Checks before sign-off</translation>
        </message>
        <message>
            <source>&amp;Review the Checks…</source>
            <translation>&amp;Review the Checks…</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::FrameworkNavigator</name>
        <message>
            <source>Domains and indicators</source>
            <translation>Domains and indicators</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>not rated</translation>
        </message>
        <message>
            <source>✓ N/A</source>
            <translation>✓ N/A</translation>
        </message>
        <message>
            <source>%1/%2 rated</source>
            <translation>%1/%2 rated</translation>
        </message>
        <message>
            <source>Trustees' ratings differ by two levels or more</source>
            <translation>Trustees' ratings differ by two levels or more</translation>
        </message>
        <message>
            <source>Baseline standards</source>
            <translation>Baseline standards</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>%1 (capped)</source>
            <translation>%1 (capped)</translation>
        </message>
        <message numerus="yes">
            <source>Held at %1 while %n baseline standard(s) (is|are) not met: %2
Without the cap: %3.</source>
            <translation>
                <numerusform>Held at %1 while %n baseline standard is not met: %2
Without the cap: %3.</numerusform>
                <numerusform>Held at %1 while %n baseline standards are not met: %2
Without the cap: %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 met, %2 not met, %3 not judged</source>
            <translation>%1 met, %2 not met, %3 not judged</translation>
        </message>
        <message numerus="yes">
            <source>✗ %n not met</source>
            <translation>
                <numerusform>✗ %n not met</numerusform>
                <numerusform>✗ %n not met</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ all met</source>
            <translation>✓ all met</translation>
        </message>
        <message>
            <source>%1/%2 met</source>
            <translation>%1/%2 met</translation>
        </message>
        <message>
            <source>%1/%2 recorded</source>
            <translation>%1/%2 recorded</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::HistoryDialog</name>
        <message>
            <source>Comparison chart</source>
            <translation>Comparison chart</translation>
        </message>
        <message>
            <source>Nothing to compare.</source>
            <translation>Nothing to compare.</translation>
        </message>
        <message>
            <source>Domain scores across periods</source>
            <translation>Domain scores across periods</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>not scored</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>No scores yet.</source>
            <translation>No scores yet.</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>History of %1</source>
            <translation>History of %1</translation>
        </message>
        <message>
            <source>Every period</source>
            <translation>Every period</translation>
        </message>
        <message>
            <source>Compare from period</source>
            <translation>Compare from period</translation>
        </message>
        <message>
            <source>Compare to period</source>
            <translation>Compare to period</translation>
        </message>
        <message>
            <source>What moved between the two periods</source>
            <translation>What moved between the two periods</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Domain</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>Movement</translation>
        </message>
        <message>
            <source>Compare &amp;from:</source>
            <translation>Compare &amp;from:</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;to:</translation>
        </message>
        <message>
            <source>Two periods compared</source>
            <translation>Two periods compared</translation>
        </message>
        <message>
            <source>Each domain across the periods</source>
            <translation>Each domain across the periods</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Completion</translation>
        </message>
        <message>
            <source>Final (signed off %1)</source>
            <translation>Final (signed off %1)</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>%1 of %2 (%3%)</source>
            <translation>%1 of %2 (%3%)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::IndicatorView</name>
        <message>
            <source>Indicator details</source>
            <translation>Indicator details</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>indicator</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>Guidance</translation>
        </message>
        <message>
            <source>Questions for the board</source>
            <translation>Questions for the board</translation>
        </message>
        <message>
            <source>What each level looks like</source>
            <translation>What each level looks like</translation>
        </message>
        <message>
            <source>No descriptor given.</source>
            <translation>No descriptor given.</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Domain</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <source>Domains</source>
            <translation>Domains</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n indicator</numerusform>
                <numerusform>%n indicators</numerusform>
            </translation>
        </message>
        <message>
            <source>Rating scale</source>
            <translation>Rating scale</translation>
        </message>
        <message>
            <source>Choose a domain or an indicator on the left to read it.</source>
            <translation>Choose a domain or an indicator on the left to read it.</translation>
        </message>
        <message numerus="yes">
            <source>%1 is held at %2 while %n baseline standard(s) (is|are) not met; its indicators alone would put it at %3.</source>
            <translation>
                <numerusform>%1 is held at %2 while %n baseline standard is not met; its indicators alone would put it at %3.</numerusform>
                <numerusform>%1 is held at %2 while %n baseline standards are not met; its indicators alone would put it at %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>no level</source>
            <translation>no level</translation>
        </message>
        <message>
            <source>baseline standards</source>
            <translation>baseline standards</translation>
        </message>
        <message>
            <source>%1: baseline standards</source>
            <translation>%1: baseline standards</translation>
        </message>
        <message>
            <source>Standard %1 of %2</source>
            <translation>Standard %1 of %2</translation>
        </message>
        <message>
            <source>While this standard is not met, %1 cannot be above %2.</source>
            <translation>While this standard is not met, %1 cannot be above %2.</translation>
        </message>
        <message>
            <source>measures</source>
            <translation>measures</translation>
        </message>
        <message>
            <source>%1: measures</source>
            <translation>%1: measures</translation>
        </message>
        <message>
            <source>Higher is better.</source>
            <translation>Higher is better.</translation>
        </message>
        <message>
            <source>Lower is better.</source>
            <translation>Lower is better.</translation>
        </message>
        <message>
            <source>Best inside its target range.</source>
            <translation>Best inside its target range.</translation>
        </message>
        <message>
            <source>%1 Source: %2</source>
            <translation>%1 Source: %2</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::JoinScreen</name>
        <message>
            <source>Join screen</source>
            <translation>Join screen</translation>
        </message>
        <message>
            <source>Scan the code on your card or open your link</source>
            <translation>Scan the code on your card or open your link</translation>
        </message>
        <message>
            <source>Your device must be on this room's network. The page is at:</source>
            <translation>Your device must be on this room's network. The page is at:</translation>
        </message>
        <message>
            <source>Esc: back to the meeting</source>
            <translation>Esc: back to the meeting</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Live rating is not running.</source>
            <translation>Live rating is not running.</translation>
        </message>
        <message>
            <source>Trustees who have rated this indicator: %1 of %2</source>
            <translation>Trustees who have rated this indicator: %1 of %2</translation>
        </message>
        <message>
            <source>Trustees connected: %1 of %2</source>
            <translation>Trustees connected: %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::LiveBar</name>
        <message>
            <source>Live rating at %1</source>
            <translation>Live rating at %1</translation>
        </message>
        <message>
            <source>open for this indicator</source>
            <translation>open for this indicator</translation>
        </message>
        <message>
            <source>closed for this indicator</source>
            <translation>closed for this indicator</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::LiveListenDialog</name>
        <message>
            <source>&amp;Blind rating: keep levels hidden until I reveal each indicator</source>
            <translation>&amp;Blind rating: keep levels hidden until I reveal each indicator</translation>
        </message>
        <message>
            <source>Start Live Rating</source>
            <translation>Start Live Rating</translation>
        </message>
        <message>
            <source>%1 (this computer only)</source>
            <translation>%1 (this computer only)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>any free port</source>
            <translation>any free port</translation>
        </message>
        <message>
            <source>Trustees rate on their own phones, tablets or laptops, which must be on the same network as this computer. Each trustee opens their own link, from their card or from you.</source>
            <translation>Trustees rate on their own phones, tablets or laptops, which must be on the same network as this computer. Each trustee opens their own link, from their card or from you.</translation>
        </message>
        <message>
            <source>&amp;Network address:</source>
            <translation>&amp;Network address:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::LiveRatingController</name>
        <message>
            <source>There is no assessment to rate yet: start a period first.</source>
            <translation>There is no assessment to rate yet: start a period first.</translation>
        </message>
        <message>
            <source>Trustees cannot rate it from their devices.</source>
            <translation>Trustees cannot rate it from their devices.</translation>
        </message>
        <message>
            <source>There is no active trustee to rate: add the trustees first (Trust ▸ Trust and Trustees…).</source>
            <translation>There is no active trustee to rate: add the trustees first (Trust ▸ Trust and Trustees…).</translation>
        </message>
        <message>
            <source>Live rating stopped: another period was chosen. Trustees' links no longer work.</source>
            <translation>Live rating stopped: another period was chosen. Trustees' links no longer work.</translation>
        </message>
        <message>
            <source>Live rating stopped: %1</source>
            <translation>Live rating stopped: %1</translation>
        </message>
        <message>
            <source>No trustee has rated this indicator yet</source>
            <translation>No trustee has rated this indicator yet</translation>
        </message>
        <message>
            <source>Trustees who have rated this indicator: %1 of %2</source>
            <translation>Trustees who have rated this indicator: %1 of %2</translation>
        </message>
        <message>
            <source>Trustees who have rated this indicator: %1 of %2 (%3)</source>
            <translation>Trustees who have rated this indicator: %1 of %2 (%3)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About strongtrust</source>
            <translation>&amp;About strongtrust</translation>
        </message>
        <message>
            <source>About strongtrust</source>
            <translation>About strongtrust</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>&amp;New Workbook…</source>
            <translation>&amp;New Workbook…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open the &amp;Sample Workbook</source>
            <translation>Open the &amp;Sample Workbook</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <source>Save a &amp;Copy As…</source>
            <translation>Save a &amp;Copy As…</translation>
        </message>
        <message>
            <source>&amp;Report Preview and Export…</source>
            <translation>&amp;Report Preview and Export…</translation>
        </message>
        <message>
            <source>Save C&amp;hart as Image…</source>
            <translation>Save C&amp;hart as Image…</translation>
        </message>
        <message>
            <source>&amp;Close Workbook</source>
            <translation>&amp;Close Workbook</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Meeting Mode</source>
            <translation>&amp;Meeting Mode</translation>
        </message>
        <message>
            <source>&amp;Hide Trustees' Names</source>
            <translation>&amp;Hide Trustees' Names</translation>
        </message>
        <message>
            <source>&amp;Blind Rating (reveal per indicator)</source>
            <translation>&amp;Blind Rating (reveal per indicator)</translation>
        </message>
        <message>
            <source>&amp;Trust</source>
            <translation>&amp;Trust</translation>
        </message>
        <message>
            <source>&amp;Trust and Trustees…</source>
            <translation>&amp;Trust and Trustees…</translation>
        </message>
        <message>
            <source>&amp;New Period…</source>
            <translation>&amp;New Period…</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Main</translation>
        </message>
        <message>
            <source>&amp;Period: </source>
            <translation>&amp;Period: </translation>
        </message>
        <message>
            <source>Not saved: the change was refused.</source>
            <translation>Not saved: the change was refused.</translation>
        </message>
        <message>
            <source>Cannot open the workbook</source>
            <translation>Cannot open the workbook</translation>
        </message>
        <message>
            <source>Cannot use that framework</source>
            <translation>Cannot use that framework</translation>
        </message>
        <message>
            <source>Cannot create the workbook</source>
            <translation>Cannot create the workbook</translation>
        </message>
        <message>
            <source>Cannot create the sample workbook</source>
            <translation>Cannot create the sample workbook</translation>
        </message>
        <message>
            <source>All changes saved · %1</source>
            <translation>All changes saved · %1</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Redo %1</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>All changes saved</translation>
        </message>
        <message>
            <source>This workbook has no assessment yet. Add the trustees (Trust ▸ Trust and Trustees…), then start a period (Trust ▸ New Period…).</source>
            <translation>This workbook has no assessment yet. Add the trustees (Trust ▸ Trust and Trustees…), then start a period (Trust ▸ New Period…).</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source> (read-only)</source>
            <translation> (read-only)</translation>
        </message>
        <message>
            <source>%1 (final)</source>
            <translation>%1 (final)</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation> (copy)</translation>
        </message>
        <message>
            <source>Cannot save the copy</source>
            <translation>Cannot save the copy</translation>
        </message>
        <message>
            <source>Saved a copy as %1</source>
            <translation>Saved a copy as %1</translation>
        </message>
        <message>
            <source>Domain scores %1.png</source>
            <translation>Domain scores %1.png</translation>
        </message>
        <message>
            <source>Cannot save the chart</source>
            <translation>Cannot save the chart</translation>
        </message>
        <message>
            <source>Saved the chart as %1</source>
            <translation>Saved the chart as %1</translation>
        </message>
        <message>
            <source>There is no assessment to report on yet: start a period first.</source>
            <translation>There is no assessment to report on yet: start a period first.</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>Exported %1</translation>
        </message>
        <message>
            <source>Cannot start the period</source>
            <translation>Cannot start the period</translation>
        </message>
        <message>
            <source>&lt;h3&gt;strongtrust %1&lt;/h3&gt;&lt;p&gt;The board's self-assessment against the five domains of a strong trust.&lt;/p&gt;&lt;p&gt;Built-in framework: %2 (%3), drawn from the papers of the %4, chiefly &lt;i&gt;%5&lt;/i&gt; (%6).&lt;/p&gt;&lt;p&gt;Build %7. Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;strongtrust %1&lt;/h3&gt;&lt;p&gt;The board's self-assessment against the five domains of a strong trust.&lt;/p&gt;&lt;p&gt;Built-in framework: %2 (%3), drawn from the papers of the %4, chiefly &lt;i&gt;%5&lt;/i&gt; (%6).&lt;/p&gt;&lt;p&gt;Build %7. Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Archive…</source>
            <translation>&amp;Archive…</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;History…</translation>
        </message>
        <message>
            <source>Audit &amp;Trail…</source>
            <translation>Audit &amp;Trail…</translation>
        </message>
        <message>
            <source>&amp;Finalise and Sign Off…</source>
            <translation>&amp;Finalise and Sign Off…</translation>
        </message>
        <message>
            <source>Your Name for the Audit Trail…</source>
            <translation>Your Name for the Audit Trail…</translation>
        </message>
        <message>
            <source>The %1 assessment is final.</source>
            <translation>The %1 assessment is final.</translation>
        </message>
        <message>
            <source>Only a final assessment can be archived: finalise and sign it off first (Trust ▸ Finalise and Sign Off…).</source>
            <translation>Only a final assessment can be archived: finalise and sign it off first (Trust ▸ Finalise and Sign Off…).</translation>
        </message>
        <message>
            <source>%1 %2 archive</source>
            <translation>%1 %2 archive</translation>
        </message>
        <message>
            <source>Cannot archive the assessment</source>
            <translation>Cannot archive the assessment</translation>
        </message>
        <message>
            <source>Archived %1 as %2</source>
            <translation>Archived %1 as %2</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;User Guide</translation>
        </message>
        <message>
            <source>&amp;Checks Before Sign-Off…</source>
            <translation>&amp;Checks Before Sign-Off…</translation>
        </message>
        <message>
            <source>Send Rating &amp;Forms…</source>
            <translation>Send Rating &amp;Forms…</translation>
        </message>
        <message>
            <source>&amp;Start Live Rating…</source>
            <translation>&amp;Start Live Rating…</translation>
        </message>
        <message>
            <source>S&amp;top Live Rating</source>
            <translation>S&amp;top Live Rating</translation>
        </message>
        <message>
            <source>Show the &amp;Join Screen</source>
            <translation>Show the &amp;Join Screen</translation>
        </message>
        <message>
            <source>Show a Trustee's &amp;Code…</source>
            <translation>Show a Trustee's &amp;Code…</translation>
        </message>
        <message>
            <source>&amp;Print Trustee Cards…</source>
            <translation>&amp;Print Trustee Cards…</translation>
        </message>
        <message>
            <source>&amp;Close Rating for This Indicator</source>
            <translation>&amp;Close Rating for This Indicator</translation>
        </message>
        <message>
            <source>&amp;Live</source>
            <translation>&amp;Live</translation>
        </message>
        <message>
            <source>Live rating cannot start. %1</source>
            <translation>Live rating cannot start. %1</translation>
        </message>
        <message>
            <source>Live rating could not start: %1</source>
            <translation>Live rating could not start: %1</translation>
        </message>
        <message>
            <source>Live rating started at %1.</source>
            <translation>Live rating started at %1.</translation>
        </message>
        <message>
            <source>Live rating stopped. Trustees' links and cards no longer work.</source>
            <translation>Live rating stopped. Trustees' links and cards no longer work.</translation>
        </message>
        <message>
            <source>Trustee cards %1.pdf</source>
            <translation>Trustee cards %1.pdf</translation>
        </message>
        <message>
            <source>Print Trustee Cards</source>
            <translation>Print Trustee Cards</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot save the trustee cards</source>
            <translation>Cannot save the trustee cards</translation>
        </message>
        <message>
            <source>Saved the trustee cards as %1. Print them, cut them out and give each trustee their own: the cards work only while this live session runs.</source>
            <translation>Saved the trustee cards as %1. Print them, cut them out and give each trustee their own: the cards work only while this live session runs.</translation>
        </message>
        <message>
            <source>There is no assessment to rate yet: start a period first.</source>
            <translation>There is no assessment to rate yet: start a period first.</translation>
        </message>
        <message>
            <source>&amp;Import Measures from CSV…</source>
            <translation>&amp;Import Measures from CSV…</translation>
        </message>
        <message>
            <source>E&amp;xport Measures as CSV…</source>
            <translation>E&amp;xport Measures as CSV…</translation>
        </message>
        <message>
            <source>Import measures from CSV</source>
            <translation>Import measures from CSV</translation>
        </message>
        <message>
            <source>CSV table (*.csv);;All files (*)</source>
            <translation>CSV table (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Cannot import the measures</source>
            <translation>Cannot import the measures</translation>
        </message>
        <message>
            <source>%1

Nothing was imported; the workbook is unchanged.</source>
            <translation>%1

Nothing was imported; the workbook is unchanged.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %1: %n measure(s) changed</source>
            <translation>
                <numerusform>Imported %1: %n measure changed</numerusform>
                <numerusform>Imported %1: %n measures changed</numerusform>
            </translation>
        </message>
        <message>
            <source>measures %1.csv</source>
            <translation>measures %1.csv</translation>
        </message>
        <message>
            <source>Export measures as CSV</source>
            <translation>Export measures as CSV</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV table (*.csv)</translation>
        </message>
        <message>
            <source>Cannot export the measures</source>
            <translation>Cannot export the measures</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::MeasuresModel</name>
        <message>
            <source>%1 (trust's own)</source>
            <translation>%1 (trust's own)</translation>
        </message>
        <message>
            <source>The framework's target: %1. Type the trust's own (5–12, ≥ 5, ≤ 12), or clear the cell for the framework's.</source>
            <translation>The framework's target: %1. Type the trust's own (5–12, ≥ 5, ≤ 12), or clear the cell for the framework's.</translation>
        </message>
        <message>
            <source>The framework sets no target. Type the trust's own (5–12, ≥ 5, ≤ 12).</source>
            <translation>The framework sets no target. Type the trust's own (5–12, ≥ 5, ≤ 12).</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>The date the value describes, as YYYY-MM-DD: the census day, the end of the financial year</source>
            <translation>The date the value describes, as YYYY-MM-DD: the census day, the end of the financial year</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>As of</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Since %1</source>
            <translation>Since %1</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Trend</translation>
        </message>
        <message>
            <source>%1: "%2" is not a date. Write the date the value describes as YYYY-MM-DD, e.g. 2025-08-31.</source>
            <translation>%1: "%2" is not a date. Write the date the value describes as YYYY-MM-DD, e.g. 2025-08-31.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::MeasuresPanel</name>
        <message>
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>Type a value into its cell (with or without its unit). A target is typed as 5–12, ≥ 5 or ≤ 12; clear it for the framework's.</source>
            <translation>Type a value into its cell (with or without its unit). A target is typed as 5–12, ≥ 5 or ≤ 12; clear it for the framework's.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::MeetingMeasuresPart</name>
        <message>
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::MeetingStandardPart</name>
        <message>
            <source>Record the standard as %1</source>
            <translation>Record the standard as %1</translation>
        </message>
        <message>
            <source>While this standard is not met, %1 cannot be above %2.</source>
            <translation>While this standard is not met, %1 cannot be above %2.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::MeetingView</name>
        <message>
            <source>Meeting mode</source>
            <translation>Meeting mode</translation>
        </message>
        <message>
            <source>Vote entry: trustee number, then level</source>
            <translation>Vote entry: trustee number, then level</translation>
        </message>
        <message>
            <source>Vote: trustee number, space, level — e.g. 3 2 — then Enter</source>
            <translation>Vote: trustee number, space, level — e.g. 3 2 — then Enter</translation>
        </message>
        <message>
            <source>Agree level %1, %2</source>
            <translation>Agree level %1, %2</translation>
        </message>
        <message>
            <source>0  Not applicable</source>
            <translation>0  Not applicable</translation>
        </message>
        <message>
            <source>Agree not applicable</source>
            <translation>Agree not applicable</translation>
        </message>
        <message>
            <source>Choose an indicator.</source>
            <translation>Choose an indicator.</translation>
        </message>
        <message>
            <source>%1 · indicator %2.%3 · %4 of %5</source>
            <translation>%1 · indicator %2.%3 · %4 of %5</translation>
        </message>
        <message>
            <source>Trustees disagree: their ratings are two or more levels apart.</source>
            <translation>Trustees disagree: their ratings are two or more levels apart.</translation>
        </message>
        <message>
            <source>Trustee %1</source>
            <translation>Trustee %1</translation>
        </message>
        <message>
            <source>rated</source>
            <translation>rated</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>N/A</translation>
        </message>
        <message>
            <source>Type a vote as the trustee's number, a space and the level, e.g. "3 2".</source>
            <translation>Type a vote as the trustee's number, a space and the level, e.g. "3 2".</translation>
        </message>
        <message>
            <source>There is no trustee %1 in the list (1 to %2).</source>
            <translation>There is no trustee %1 in the list (1 to %2).</translation>
        </message>
        <message>
            <source>This framework does not allow "not applicable".</source>
            <translation>This framework does not allow "not applicable".</translation>
        </message>
        <message>
            <source>Levels go from 1 to %1.</source>
            <translation>Levels go from 1 to %1.</translation>
        </message>
        <message>
            <source>1–%1 agree a level · 0 not applicable · ←/→ move · R reveal · V vote · L live rating · Esc leave</source>
            <translation>1–%1 agree a level · 0 not applicable · ←/→ move · R reveal · V vote · L live rating · Esc leave</translation>
        </message>
        <message>
            <source>Open for rating</source>
            <translation>Open for rating</translation>
        </message>
        <message>
            <source>Closed for rating</source>
            <translation>Closed for rating</translation>
        </message>
        <message>
            <source>%1 · %2 · Page: %3</source>
            <translation>%1 · %2 · Page: %3</translation>
        </message>
        <message>
            <source>1–%1 agree · 0 N/A · ←/→ move · R reveal · V vote · J join screen · C close or reopen rating · L stop live · Esc leave</source>
            <translation>1–%1 agree · 0 N/A · ←/→ move · R reveal · V vote · J join screen · C close or reopen rating · L stop live · Esc leave</translation>
        </message>
        <message>
            <source>M met · N not met · 0 not judged · ←/→ move · Esc leave</source>
            <translation>M met · N not met · 0 not judged · ←/→ move · Esc leave</translation>
        </message>
        <message>
            <source>←/→ move · Esc leave · values are recorded in the rating view</source>
            <translation>←/→ move · Esc leave · values are recorded in the rating view</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n measure(s)</source>
            <translation>
                <numerusform>%1 · %n measure</numerusform>
                <numerusform>%1 · %n measures</numerusform>
            </translation>
        </message>
        <message>
            <source>Measures against their targets</source>
            <translation>Measures against their targets</translation>
        </message>
        <message>
            <source>%1 · baseline standard %2 of %3</source>
            <translation>%1 · baseline standard %2 of %3</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::NewPeriodDialog</name>
        <message>
            <source>Keep %1</source>
            <translation>Keep %1</translation>
        </message>
        <message>
            <source>%1, built into this version</source>
            <translation>%1, built into this version</translation>
        </message>
        <message>
            <source>The new period is rated on %1%2. Earlier periods keep %3; comparisons with them cover what the two frameworks share.</source>
            <translation>The new period is rated on %1%2. Earlier periods keep %3; comparisons with them cover what the two frameworks share.</translation>
        </message>
        <message>
            <source>, which adds baseline standards and measures to each domain</source>
            <translation>, which adds baseline standards and measures to each domain</translation>
        </message>
        <message>
            <source>The new period is rated on %1, as the latest period is.</source>
            <translation>The new period is rated on %1, as the latest period is.</translation>
        </message>
        <message>
            <source>Another framework, from a file</source>
            <translation>Another framework, from a file</translation>
        </message>
        <message>
            <source>Framework file</source>
            <translation>Framework file</translation>
        </message>
        <message>
            <source>Framework files (*.json);;All files (*)</source>
            <translation>Framework files (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Choose the framework file.</source>
            <translation>Choose the framework file.</translation>
        </message>
        <message>
            <source>The new period is rated on the framework in this file, checked when you press OK. Earlier periods keep %1.</source>
            <translation>The new period is rated on the framework in this file, checked when you press OK. Earlier periods keep %1.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::QrCodeWidget</name>
        <message>
            <source>QR code of the link</source>
            <translation>QR code of the link</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::RadarWidget</name>
        <message>
            <source>Domain scores chart</source>
            <translation>Domain scores chart</translation>
        </message>
        <message>
            <source>The chart appears once a period is chosen.</source>
            <translation>The chart appears once a period is chosen.</translation>
        </message>
        <message>
            <source>the chart could not be drawn</source>
            <translation>the chart could not be drawn</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::RatingsModel</name>
        <message>
            <source>Trustee %1</source>
            <translation>Trustee %1</translation>
        </message>
        <message>
            <source>— not rated —</source>
            <translation>— not rated —</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>not yet rated</source>
            <translation>not yet rated</translation>
        </message>
        <message>
            <source>rated (hidden)</source>
            <translation>rated (hidden)</translation>
        </message>
        <message>
            <source>Rating of %1</source>
            <translation>Rating of %1</translation>
        </message>
        <message>
            <source>Trustee</source>
            <translation>Trustee</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::RatingsTable</name>
        <message>
            <source>Trustees' ratings</source>
            <translation>Trustees' ratings</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::RecordModel</name>
        <message>
            <source>"%1" is not a date: write it as YYYY-MM-DD, e.g. %2.</source>
            <translation>"%1" is not a date: write it as YYYY-MM-DD, e.g. %2.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::RecordTable</name>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::ReportPreview</name>
        <message>
            <source>Writing the report…</source>
            <translation>Writing the report…</translation>
        </message>
        <message>
            <source>Report — %1</source>
            <translation>Report — %1</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Board: everything, with trustees' names and ratings</source>
            <translation>Board: everything, with trustees' names and ratings</translation>
        </message>
        <message>
            <source>Public: agreed ratings, spread and narrative only</source>
            <translation>Public: agreed ratings, spread and narrative only</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Export &amp;PDF…</translation>
        </message>
        <message>
            <source>Export &amp;HTML…</source>
            <translation>Export &amp;HTML…</translation>
        </message>
        <message>
            <source>Export draft &amp;minutes…</source>
            <translation>Export draft &amp;minutes…</translation>
        </message>
        <message>
            <source>&amp;Audience:</source>
            <translation>&amp;Audience:</translation>
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation>Laying out the pages…</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s), A4</source>
            <translation>
                <numerusform>%n page, A4</numerusform>
                <numerusform>%n pages, A4</numerusform>
            </translation>
        </message>
        <message>
            <source> draft minutes</source>
            <translation> draft minutes</translation>
        </message>
        <message>
            <source> report</source>
            <translation> report</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Web page (*.html)</translation>
        </message>
        <message>
            <source>Text (*.txt);;Web page (*.html)</source>
            <translation>Text (*.txt);;Web page (*.html)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>Cannot export</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Writing %1…</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>Export &amp;ODT…</source>
            <translation>Export &amp;ODT…</translation>
        </message>
        <message>
            <source>OpenDocument Text, to edit in LibreOffice or Word</source>
            <translation>OpenDocument Text, to edit in LibreOffice or Word</translation>
        </message>
        <message>
            <source>OpenDocument Text (*.odt)</source>
            <translation>OpenDocument Text (*.odt)</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::SendFormsDialog</name>
        <message>
            <source>&amp;Write the Forms</source>
            <translation>&amp;Write the Forms</translation>
        </message>
        <message>
            <source>Send Rating Forms</source>
            <translation>Send Rating Forms</translation>
        </message>
        <message>
            <source>A rating form is one file for one trustee: it opens in any browser, with no network, and holds the framework and that trustee's earlier answers for %1. The trustee rates, presses Save my return, and sends you the return it saves, which you import.</source>
            <translation>A rating form is one file for one trustee: it opens in any browser, with no network, and holds the framework and that trustee's earlier answers for %1. The trustee rates, presses Save my return, and sends you the return it saves, which you import.</translation>
        </message>
        <message>
            <source>Trustees to write a form for</source>
            <translation>Trustees to write a form for</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>&amp;Trustees:</source>
            <translation>&amp;Trustees:</translation>
        </message>
        <message>
            <source>Write the forms into</source>
            <translation>Write the forms into</translation>
        </message>
        <message>
            <source>No form was written: %1</source>
            <translation>No form was written: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n form(s):</source>
            <translation>
                <numerusform>Wrote %n form:</numerusform>
                <numerusform>Wrote %n forms:</numerusform>
            </translation>
        </message>
        <message>
            <source>Send each trustee their own file, and only theirs: it opens with their name and their answers.</source>
            <translation>Send each trustee their own file, and only theirs: it opens with their name and their answers.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::SignOffChecksDialog</name>
        <message>
            <source>The checks before sign-off found nothing to look at.</source>
            <translation>The checks before sign-off found nothing to look at.</translation>
        </message>
        <message>
            <source>1 point to look at before signing off: %1.</source>
            <translation>1 point to look at before signing off: %1.</translation>
        </message>
        <message>
            <source>%1 points to look at before signing off: %2.</source>
            <translation>%1 points to look at before signing off: %2.</translation>
        </message>
        <message>
            <source>&amp;Go To</source>
            <translation>&amp;Go To</translation>
        </message>
        <message>
            <source>Checks Before Sign-Off</source>
            <translation>Checks Before Sign-Off</translation>
        </message>
        <message>
            <source>Checks before sign-off</source>
            <translation>Checks before sign-off</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>What was found</translation>
        </message>
        <message>
            <source>What a chair should not sign unremarked. Mend each in the rating view: choose a line and Go To; the list follows your edits.</source>
            <translation>What a chair should not sign unremarked. Mend each in the rating view: choose a line and Go To; the list follows your edits.</translation>
        </message>
        <message>
            <source>There is no assessment to check yet.</source>
            <translation>There is no assessment to check yet.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::StandardsModel</name>
        <message>
            <source>Result of the standard: %1</source>
            <translation>Result of the standard: %1</translation>
        </message>
        <message>
            <source>M met · N not met · 0 not judged</source>
            <translation>M met · N not met · 0 not judged</translation>
        </message>
        <message>
            <source>Keys: M met, N not met, 0 or Backspace not judged</source>
            <translation>Keys: M met, N not met, 0 or Backspace not judged</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::StandardsPanel</name>
        <message>
            <source>Evidence for the standard</source>
            <translation>Evidence for the standard</translation>
        </message>
        <message>
            <source>Actions about the standard</source>
            <translation>Actions about the standard</translation>
        </message>
        <message>
            <source>Result by key: &lt;b&gt;M&lt;/b&gt; met, &lt;b&gt;N&lt;/b&gt; not met, &lt;b&gt;0&lt;/b&gt; not judged. Type in the note's cell to write a note.</source>
            <translation>Result by key: &lt;b&gt;M&lt;/b&gt; met, &lt;b&gt;N&lt;/b&gt; not met, &lt;b&gt;0&lt;/b&gt; not judged. Type in the note's cell to write a note.</translation>
        </message>
        <message>
            <source>Baseline standards</source>
            <translation>Baseline standards</translation>
        </message>
        <message>
            <source>Evidence for standard %1 (%2)</source>
            <translation>Evidence for standard %1 (%2)</translation>
        </message>
        <message>
            <source>Actions (%1)</source>
            <translation>Actions (%1)</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::StandardsTable</name>
        <message>
            <source>Baseline standards</source>
            <translation>Baseline standards</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::TrustDialog</name>
        <message>
            <source>Trust and trustees</source>
            <translation>Trust and trustees</translation>
        </message>
        <message>
            <source>Trust name</source>
            <translation>Trust name</translation>
        </message>
        <message>
            <source>Trustees</source>
            <translation>Trustees</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retired</translation>
        </message>
        <message>
            <source>New trustee's name</source>
            <translation>New trustee's name</translation>
        </message>
        <message>
            <source>New trustee's role</source>
            <translation>New trustee's role</translation>
        </message>
        <message>
            <source>Role (optional), e.g. Chair</source>
            <translation>Role (optional), e.g. Chair</translation>
        </message>
        <message>
            <source>&amp;Add trustee</source>
            <translation>&amp;Add trustee</translation>
        </message>
        <message>
            <source>&amp;Trust name:</source>
            <translation>&amp;Trust name:</translation>
        </message>
        <message>
            <source>Changes are saved as you make them. Retired trustees keep their past ratings.</source>
            <translation>Changes are saved as you make them. Retired trustees keep their past ratings.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::TrusteeCodeDialog</name>
        <message>
            <source>A Trustee's Code</source>
            <translation>A Trustee's Code</translation>
        </message>
        <message>
            <source>For your screen only: anyone who scans this code or reads this link can rate as that trustee. Do not show it on the projector.</source>
            <translation>For your screen only: anyone who scans this code or reads this link can rate as that trustee. Do not show it on the projector.</translation>
        </message>
        <message>
            <source>Trustees</source>
            <translation>Trustees</translation>
        </message>
        <message>
            <source>Choose a trustee</source>
            <translation>Choose a trustee</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::UserGuideDialog</name>
        <message>
            <source>strongtrust user guide</source>
            <translation>strongtrust user guide</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::WelcomePage</name>
        <message>
            <source>&amp;New workbook for a trust…</source>
            <translation>&amp;New workbook for a trust…</translation>
        </message>
        <message>
            <source>&amp;Open a workbook…</source>
            <translation>&amp;Open a workbook…</translation>
        </message>
        <message>
            <source>Open the &amp;sample workbook</source>
            <translation>Open the &amp;sample workbook</translation>
        </message>
        <message>
            <source>A fictional trust with two years of ratings, notes, evidence and actions</source>
            <translation>A fictional trust with two years of ratings, notes, evidence and actions</translation>
        </message>
        <message>
            <source>Recent workbooks</source>
            <translation>Recent workbooks</translation>
        </message>
        <message>
            <source>&amp;Recent workbooks:</source>
            <translation>&amp;Recent workbooks:</translation>
        </message>
        <message>
            <source>The board's self-assessment against the five domains of a strong trust: rate together, agree, and keep the record year after year.</source>
            <translation>The board's self-assessment against the five domains of a strong trust: rate together, agree, and keep the record year after year.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::app::WorkbookSession</name>
        <message>
            <source>not applicable</source>
            <translation>not applicable</translation>
        </message>
        <message>
            <source>unrated</source>
            <translation>unrated</translation>
        </message>
        <message>
            <source>Read-only: %1.</source>
            <translation>Read-only: %1.</translation>
        </message>
        <message>
            <source>The %1 assessment is final: signed off by %2 on %3. It cannot be changed.</source>
            <translation>The %1 assessment is final: signed off by %2 on %3. It cannot be changed.</translation>
        </message>
        <message>
            <source>no assessment for %1</source>
            <translation>no assessment for %1</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>Note of %1</source>
            <translation>Note of %1</translation>
        </message>
        <message>
            <source>%1 rates %2</source>
            <translation>%1 rates %2</translation>
        </message>
        <message>
            <source>Consensus rationale</source>
            <translation>Consensus rationale</translation>
        </message>
        <message>
            <source>Consensus: %1</source>
            <translation>Consensus: %1</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>Add evidence</translation>
        </message>
        <message>
            <source>Edit evidence</source>
            <translation>Edit evidence</translation>
        </message>
        <message>
            <source>Remove evidence</source>
            <translation>Remove evidence</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Add action</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Edit action</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>Remove action</translation>
        </message>
        <message>
            <source>Rename trust</source>
            <translation>Rename trust</translation>
        </message>
        <message>
            <source>Add trustee %1</source>
            <translation>Add trustee %1</translation>
        </message>
        <message>
            <source>Rename trustee</source>
            <translation>Rename trustee</translation>
        </message>
        <message>
            <source>Trustee role</source>
            <translation>Trustee role</translation>
        </message>
        <message>
            <source>Retire trustee</source>
            <translation>Retire trustee</translation>
        </message>
        <message>
            <source>Reinstate trustee</source>
            <translation>Reinstate trustee</translation>
        </message>
        <message>
            <source>no assessment is open</source>
            <translation>no assessment is open</translation>
        </message>
        <message>
            <source>Revert to the generated words</source>
            <translation>Revert to the generated words</translation>
        </message>
        <message>
            <source>Edit the board's words</source>
            <translation>Edit the board's words</translation>
        </message>
        <message>
            <source>a trustee</source>
            <translation>a trustee</translation>
        </message>
        <message>
            <source>Not changed: %1 has rated this indicator from their own device since, and their rating stands. Change it in the table if the board agrees.</source>
            <translation>Not changed: %1 has rated this indicator from their own device since, and their rating stands. Change it in the table if the board agrees.</translation>
        </message>
        <message>
            <source>Standard met</source>
            <translation>Standard met</translation>
        </message>
        <message>
            <source>Standard not met</source>
            <translation>Standard not met</translation>
        </message>
        <message>
            <source>Standard not judged</source>
            <translation>Standard not judged</translation>
        </message>
        <message>
            <source>Note on a standard</source>
            <translation>Note on a standard</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Edit %1</translation>
        </message>
        <message>
            <source>Value of %1</source>
            <translation>Value of %1</translation>
        </message>
        <message>
            <source>Date of %1</source>
            <translation>Date of %1</translation>
        </message>
        <message>
            <source>Source of %1</source>
            <translation>Source of %1</translation>
        </message>
        <message>
            <source>Note on %1</source>
            <translation>Note on %1</translation>
        </message>
        <message>
            <source>Target of %1</source>
            <translation>Target of %1</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>there is no assessment to import into</source>
            <translation>there is no assessment to import into</translation>
        </message>
        <message numerus="yes">
            <source>Import %n measure(s)</source>
            <translation>
                <numerusform>Import %n measure</numerusform>
                <numerusform>Import %n measures</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>strongtrust::cli::ArchiveCommands</name>
        <message>
            <source>The assessment's period, e.g. 2025/26.</source>
            <translation>The assessment's period, e.g. 2025/26.</translation>
        </message>
        <message>
            <source>The workbook.</source>
            <translation>The workbook.</translation>
        </message>
        <message>
            <source>--%1 %2 is required</source>
            <translation>--%1 %2 is required</translation>
        </message>
        <message>
            <source>the workbook is read-only (%1); nothing was changed</source>
            <translation>the workbook is read-only (%1); nothing was changed</translation>
        </message>
        <message>
            <source>%1: no assessment for the period "%2"</source>
            <translation>%1: no assessment for the period "%2"</translation>
        </message>
        <message>
            <source>The period to start from (default: the latest).</source>
            <translation>The period to start from (default: the latest).</translation>
        </message>
        <message>
            <source>The new assessment's title (default: the previous one's).</source>
            <translation>The new assessment's title (default: the previous one's).</translation>
        </message>
        <message>
            <source>Started %1 from %2: %3.</source>
            <translation>Started %1 from %2: %3.</translation>
        </message>
        <message numerus="yes">
            <source>%n open action(s) carried forward</source>
            <translation>
                <numerusform>%n open action carried forward</numerusform>
                <numerusform>%n open actions carried forward</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign off an assessment and lock it: afterwards it cannot change (corrections are amendments). A domain that moved a whole level or more since the previous period needs the board's reason first.</source>
            <translation>Sign off an assessment and lock it: afterwards it cannot change (corrections are amendments). A domain that moved a whole level or more since the previous period needs the board's reason first.</translation>
        </message>
        <message>
            <source>The chair who signs off.</source>
            <translation>The chair who signs off.</translation>
        </message>
        <message>
            <source>The date of the sign-off.</source>
            <translation>The date of the sign-off.</translation>
        </message>
        <message>
            <source>The minute recording it.</source>
            <translation>The minute recording it.</translation>
        </message>
        <message>
            <source>The board's reason for a domain's change since the previous period (repeat for each domain), recorded with the sign-off.</source>
            <translation>The board's reason for a domain's change since the previous period (repeat for each domain), recorded with the sign-off.</translation>
        </message>
        <message>
            <source>--date: "%1" is not a date of the form YYYY-MM-DD</source>
            <translation>--date: "%1" is not a date of the form YYYY-MM-DD</translation>
        </message>
        <message>
            <source>--reason: "%1" is not DOMAIN=TEXT</source>
            <translation>--reason: "%1" is not DOMAIN=TEXT</translation>
        </message>
        <message>
            <source>Record the board's reasons with --reason DOMAIN=TEXT (e.g. --reason "%1=..."), or in the window; nothing was changed.</source>
            <translation>Record the board's reasons with --reason DOMAIN=TEXT (e.g. --reason "%1=..."), or in the window; nothing was changed.</translation>
        </message>
        <message>
            <source>Finalised %1: signed off by %2 on %3%4. It can no longer change; corrections are amendments.</source>
            <translation>Finalised %1: signed off by %2 on %3%4. It can no longer change; corrections are amendments.</translation>
        </message>
        <message>
            <source> (minute %1)</source>
            <translation> (minute %1)</translation>
        </message>
        <message>
            <source>Record a correction to a final assessment. The signed record is not changed: the amendment is kept, dated and attributed, in its audit trail.</source>
            <translation>Record a correction to a final assessment. The signed record is not changed: the amendment is kept, dated and attributed, in its audit trail.</translation>
        </message>
        <message>
            <source>The amendment, as the board agreed it.</source>
            <translation>The amendment, as the board agreed it.</translation>
        </message>
        <message>
            <source>Recorded an amendment to %1; the signed record is unchanged.</source>
            <translation>Recorded an amendment to %1; the signed record is unchanged.</translation>
        </message>
        <message>
            <source>Write the archive bundle of a final assessment into a new or empty folder: the report (PDF), the assessment (JSON), its framework, its audit trail (CSV) and a manifest with each file's size and SHA-256.</source>
            <translation>Write the archive bundle of a final assessment into a new or empty folder: the report (PDF), the assessment (JSON), its framework, its audit trail (CSV) and a manifest with each file's size and SHA-256.</translation>
        </message>
        <message>
            <source>The bundle's folder (new, or empty).</source>
            <translation>The bundle's folder (new, or empty).</translation>
        </message>
        <message>
            <source>Wrote the archive of %1 to %2: %3</source>
            <translation>Wrote the archive of %1 to %2: %3</translation>
        </message>
        <message>
            <source>Check an archive bundle against its manifest: every file missing, added or altered is named, one a line.</source>
            <translation>Check an archive bundle against its manifest: every file missing, added or altered is named, one a line.</translation>
        </message>
        <message>
            <source>The archive bundle's folder.</source>
            <translation>The archive bundle's folder.</translation>
        </message>
        <message numerus="yes">
            <source>%1: the archive is not as it was written (%n problem(s))</source>
            <translation>
                <numerusform>%1: the archive is not as it was written (%n problem)</numerusform>
                <numerusform>%1: the archive is not as it was written (%n problems)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: intact: %n file(s) as the manifest lists them (%2, %3, archived %4)</source>
            <translation>
                <numerusform>%1: intact: %n file as the manifest lists them (%2, %3, archived %4)</numerusform>
                <numerusform>%1: intact: %n files as the manifest lists them (%2, %3, archived %4)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: there is already an assessment for the period "%2"; nothing was changed</source>
            <translation>%1: there is already an assessment for the period "%2"; nothing was changed</translation>
        </message>
        <message>
            <source>%1: there is no period "%2" to start from: the workbook has no assessment yet (leave out --from to start the first)</source>
            <translation>%1: there is no period "%2" to start from: the workbook has no assessment yet (leave out --from to start the first)</translation>
        </message>
        <message>
            <source>Started %1, the workbook's first assessment, on %2.</source>
            <translation>Started %1, the workbook's first assessment, on %2.</translation>
        </message>
        <message>
            <source>Start the next period from the last: the same framework (unless --framework names another), no ratings, and the last period's open and in-progress actions and the trust's own measure targets carried forward. On a workbook with no period yet, the first assessment, on the workbook's framework.</source>
            <translation>Start the next period from the last: the same framework (unless --framework names another), no ratings, and the last period's open and in-progress actions and the trust's own measure targets carried forward. On a workbook with no period yet, the first assessment, on the workbook's framework.</translation>
        </message>
        <message>
            <source>Start the period on another framework: a framework file, or "built-in" for this version's built-in framework (default: the framework of the period it starts from). Earlier periods keep their own.</source>
            <translation>Start the period on another framework: a framework file, or "built-in" for this version's built-in framework (default: the framework of the period it starts from). Earlier periods keep their own.</translation>
        </message>
        <message numerus="yes">
            <source>%1, and the trust's own target(s) for %n measure(s)</source>
            <translation>
                <numerusform>%1, and the trust's own target for %n measure</numerusform>
                <numerusform>%1, and the trust's own targets for %n measures</numerusform>
            </translation>
        </message>
        <message>
            <source>Started %1 from %2, on %3 %4: %5.</source>
            <translation>Started %1 from %2, on %3 %4: %5.</translation>
        </message>
        <message>
            <source>--framework needs a framework file, or "built-in" for the built-in framework</source>
            <translation>--framework needs a framework file, or "built-in" for the built-in framework</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::cli::CommandLine</name>
        <message>
            <source>Validate a framework file</source>
            <translation>Validate a framework file</translation>
        </message>
        <message>
            <source>Usage: strongtrust [WORKBOOK]
       strongtrust COMMAND [ARGUMENTS] [OPTIONS]

Self-assessment of a school trust against the five domains of a strong trust.
With no command, opens the window (on WORKBOOK, if one is named).

Commands:
</source>
            <translation>Usage: strongtrust [WORKBOOK]
       strongtrust COMMAND [ARGUMENTS] [OPTIONS]

Self-assessment of a school trust against the five domains of a strong trust.
With no command, opens the window (on WORKBOOK, if one is named).

Commands:
</translation>
        </message>
        <message>
            <source>
Options:
  -h, --help     Show this help
  -v, --version  Show the version

'strongtrust COMMAND --help' shows a command's arguments and options.
Exit status: 0 success, 1 input refused (nothing changed), 2 usage error.
</source>
            <translation>
Options:
  -h, --help     Show this help
  -v, --version  Show the version

'strongtrust COMMAND --help' shows a command's arguments and options.
Exit status: 0 success, 1 input refused (nothing changed), 2 usage error.
</translation>
        </message>
        <message>
            <source>strongtrust %1: missing or unknown subcommand</source>
            <translation>strongtrust %1: missing or unknown subcommand</translation>
        </message>
        <message>
            <source>strongtrust: unknown option "%1"</source>
            <translation>strongtrust: unknown option "%1"</translation>
        </message>
        <message>
            <source>strongtrust: unknown command "%1"</source>
            <translation>strongtrust: unknown command "%1"</translation>
        </message>
        <message>
            <source>Try 'strongtrust --help'.</source>
            <translation>Try 'strongtrust --help'.</translation>
        </message>
        <message>
            <source>Create a workbook</source>
            <translation>Create a workbook</translation>
        </message>
        <message>
            <source>Export one assessment</source>
            <translation>Export one assessment</translation>
        </message>
        <message>
            <source>Periods, status, raters and completeness</source>
            <translation>Periods, status, raters and completeness</translation>
        </message>
        <message>
            <source>Sign off and lock an assessment</source>
            <translation>Sign off and lock an assessment</translation>
        </message>
        <message>
            <source>Record an amendment to a final assessment</source>
            <translation>Record an amendment to a final assessment</translation>
        </message>
        <message>
            <source>Write the archive bundle of a final assessment (report, data, manifest)</source>
            <translation>Write the archive bundle of a final assessment (report, data, manifest)</translation>
        </message>
        <message>
            <source>Check an archive bundle against its manifest</source>
            <translation>Check an archive bundle against its manifest</translation>
        </message>
        <message>
            <source>Start a period: the next from the last, carrying forward open actions, or the first</source>
            <translation>Start a period: the next from the last, carrying forward open actions, or the first</translation>
        </message>
        <message>
            <source>Write the narrative report (PDF, HTML, ODT) or the draft minute</source>
            <translation>Write the narrative report (PDF, HTML, ODT) or the draft minute</translation>
        </message>
        <message>
            <source>Write each trustee a return form: one HTML file to rate in, no network needed</source>
            <translation>Write each trustee a return form: one HTML file to rate in, no network needed</translation>
        </message>
        <message>
            <source>Run a live rating session without a window: trustees rate on their own devices</source>
            <translation>Run a live rating session without a window: trustees rate on their own devices</translation>
        </message>
        <message>
            <source>Print domains, indicators, standards and measures (built-in framework by default)</source>
            <translation>Print domains, indicators, standards and measures (built-in framework by default)</translation>
        </message>
        <message>
            <source>Import assessment documents, or measures' values, each all or nothing</source>
            <translation>Import assessment documents, or measures' values, each all or nothing</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::cli::CommandParser</name>
        <message>
            <source>Try 'strongtrust %1 --help'.</source>
            <translation>Try 'strongtrust %1 --help'.</translation>
        </message>
        <message>
            <source>missing argument</source>
            <translation>missing argument</translation>
        </message>
        <message>
            <source>unexpected argument "%1"</source>
            <translation>unexpected argument "%1"</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::cli::FrameworkCommands</name>
        <message>
            <source>Validate a framework file against the framework format.</source>
            <translation>Validate a framework file against the framework format.</translation>
        </message>
        <message>
            <source>The framework file (JSON).</source>
            <translation>The framework file (JSON).</translation>
        </message>
        <message>
            <source>%1: valid: %2</source>
            <translation>%1: valid: %2</translation>
        </message>
        <message>
            <source>A framework file (JSON).</source>
            <translation>A framework file (JSON).</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <source>Scale: %1</source>
            <translation>Scale: %1</translation>
        </message>
        <message>
            <source>; not applicable allowed</source>
            <translation>; not applicable allowed</translation>
        </message>
        <message numerus="yes">
            <source>%n domain(s)</source>
            <translation>
                <numerusform>%n domain</numerusform>
                <numerusform>%n domains</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n indicator</numerusform>
                <numerusform>%n indicators</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n level(s)</source>
            <translation>
                <numerusform>%n level</numerusform>
                <numerusform>%n levels</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2%3): %4</source>
            <translation>%1 (%2%3): %4</translation>
        </message>
        <message numerus="yes">
            <source>%n standard(s)</source>
            <translation>
                <numerusform>%n standard</numerusform>
                <numerusform>%n standards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s)</source>
            <translation>
                <numerusform>%n measure</numerusform>
                <numerusform>%n measures</numerusform>
            </translation>
        </message>
        <message>
            <source>higher is better</source>
            <translation>higher is better</translation>
        </message>
        <message>
            <source>lower is better</source>
            <translation>lower is better</translation>
        </message>
        <message>
            <source>best within the target</source>
            <translation>best within the target</translation>
        </message>
        <message>
            <source>target %1 to %2</source>
            <translation>target %1 to %2</translation>
        </message>
        <message>
            <source>target at least %1</source>
            <translation>target at least %1</translation>
        </message>
        <message>
            <source>target at most %1</source>
            <translation>target at most %1</translation>
        </message>
        <message>
            <source>Print a framework's domains, indicators, standards and measures with their full ids. With no FILE, the built-in framework.</source>
            <translation>Print a framework's domains, indicators, standards and measures with their full ids. With no FILE, the built-in framework.</translation>
        </message>
        <message>
            <source>Standards:</source>
            <translation>Standards:</translation>
        </message>
        <message>
            <source>%1 (while not met, caps the domain at %2)</source>
            <translation>%1 (while not met, caps the domain at %2)</translation>
        </message>
        <message>
            <source>Measures:</source>
            <translation>Measures:</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::cli::LiveCommands</name>
        <message>
            <source>The assessment's period, e.g. 2025/26.</source>
            <translation>The assessment's period, e.g. 2025/26.</translation>
        </message>
        <message>
            <source>live: unknown indicator "%1"</source>
            <translation>live: unknown indicator "%1"</translation>
        </message>
        <message>
            <source>live: unknown command "%1" (current, close, open, stop)</source>
            <translation>live: unknown command "%1" (current, close, open, stop)</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>Run a live rating session without a window, until interrupted (SIGINT or SIGTERM). Trustees rate on their own devices through their personal links.</source>
            <translation>Run a live rating session without a window, until interrupted (SIGINT or SIGTERM). Trustees rate on their own devices through their personal links.</translation>
        </message>
        <message>
            <source>The workbook.</source>
            <translation>The workbook.</translation>
        </message>
        <message>
            <source>Where to listen (default: this computer's address on the local network, a free port).</source>
            <translation>Where to listen (default: this computer's address on the local network, a free port).</translation>
        </message>
        <message>
            <source>Write each trustee's personal link to this file (JSON, readable by you only).</source>
            <translation>Write each trustee's personal link to this file (JSON, readable by you only).</translation>
        </message>
        <message>
            <source>--period P is required</source>
            <translation>--period P is required</translation>
        </message>
        <message>
            <source>--listen takes ADDRESS:PORT, e.g. 192.168.1.20:8080 or [::1]:0</source>
            <translation>--listen takes ADDRESS:PORT, e.g. 192.168.1.20:8080 or [::1]:0</translation>
        </message>
        <message>
            <source>%1: no assessment for the period "%2"</source>
            <translation>%1: no assessment for the period "%2"</translation>
        </message>
        <message>
            <source>%1: the assessment for %2 is signed off: there is nothing to rate</source>
            <translation>%1: the assessment for %2 is signed off: there is nothing to rate</translation>
        </message>
        <message>
            <source>%1: opened read-only (%2): trustees can open their pages but not rate</source>
            <translation>%1: opened read-only (%2): trustees can open their pages but not rate</translation>
        </message>
        <message>
            <source>Listening on %1</source>
            <translation>Listening on %1</translation>
        </message>
        <message numerus="yes">
            <source>%n trustee(s) can rate %1 through their personal links.</source>
            <translation>
                <numerusform>%n trustee can rate %1 through their personal links.</numerusform>
                <numerusform>%n trustees can rate %1 through their personal links.</numerusform>
            </translation>
        </message>
        <message>
            <source>Links written to %1 (readable by you only).</source>
            <translation>Links written to %1 (readable by you only).</translation>
        </message>
        <message>
            <source>Stop with Ctrl+C.</source>
            <translation>Stop with Ctrl+C.</translation>
        </message>
        <message>
            <source>Stopped; every rating given is in %1.</source>
            <translation>Stopped; every rating given is in %1.</translation>
        </message>
        <message>
            <source>Write a return form (one HTML file, no network needed) for each active trustee, or for those named.</source>
            <translation>Write a return form (one HTML file, no network needed) for each active trustee, or for those named.</translation>
        </message>
        <message>
            <source>The folder to write the forms in (made if missing).</source>
            <translation>The folder to write the forms in (made if missing).</translation>
        </message>
        <message>
            <source>Only this trustee (may be given more than once).</source>
            <translation>Only this trustee (may be given more than once).</translation>
        </message>
        <message>
            <source>--out DIR is required</source>
            <translation>--out DIR is required</translation>
        </message>
        <message>
            <source>%1: no trustee named "%2"</source>
            <translation>%1: no trustee named "%2"</translation>
        </message>
        <message>
            <source>%1: %2 has retired from the board</source>
            <translation>%1: %2 has retired from the board</translation>
        </message>
        <message>
            <source>%1: the folder cannot be made</source>
            <translation>%1: the folder cannot be made</translation>
        </message>
        <message>
            <source>Wrote %1 for %2</source>
            <translation>Wrote %1 for %2</translation>
        </message>
        <message>
            <source>Send each trustee their own form; they open it in any browser, rate, and send back the return it saves.</source>
            <translation>Send each trustee their own form; they open it in any browser, rate, and send back the return it saves.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::cli::ReportCommands</name>
        <message>
            <source>The workbook.</source>
            <translation>The workbook.</translation>
        </message>
        <message>
            <source>The assessment's period, e.g. 2025/26.</source>
            <translation>The assessment's period, e.g. 2025/26.</translation>
        </message>
        <message>
            <source>Write the report as PDF to OUT.</source>
            <translation>Write the report as PDF to OUT.</translation>
        </message>
        <message>
            <source>Write the report as HTML to OUT.</source>
            <translation>Write the report as HTML to OUT.</translation>
        </message>
        <message>
            <source>Write the draft minute to OUT.</source>
            <translation>Write the draft minute to OUT.</translation>
        </message>
        <message>
            <source>The period to compare with (default: the previous one).</source>
            <translation>The period to compare with (default: the previous one).</translation>
        </message>
        <message>
            <source>board (everything) or public (no trustees' names or individual ratings; default: board).</source>
            <translation>board (everything) or public (no trustees' names or individual ratings; default: board).</translation>
        </message>
        <message>
            <source>--period P is required</source>
            <translation>--period P is required</translation>
        </message>
        <message>
            <source>--audience must be board or public, not "%1"</source>
            <translation>--audience must be board or public, not "%1"</translation>
        </message>
        <message>
            <source>--compare needs a period</source>
            <translation>--compare needs a period</translation>
        </message>
        <message>
            <source>--%1 needs a file name</source>
            <translation>--%1 needs a file name</translation>
        </message>
        <message>
            <source>%1: no assessment for the period "%2"</source>
            <translation>%1: no assessment for the period "%2"</translation>
        </message>
        <message numerus="yes">
            <source>PDF, %n page(s)</source>
            <translation>
                <numerusform>PDF, %n page</numerusform>
                <numerusform>PDF, %n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>draft minute, HTML</source>
            <translation>draft minute, HTML</translation>
        </message>
        <message>
            <source>draft minute, text</source>
            <translation>draft minute, text</translation>
        </message>
        <message>
            <source>Wrote %1 (%2, %3, for %4)</source>
            <translation>Wrote %1 (%2, %3, for %4)</translation>
        </message>
        <message>
            <source>the public</source>
            <translation>the public</translation>
        </message>
        <message>
            <source>the board</source>
            <translation>the board</translation>
        </message>
        <message>
            <source>Write the narrative report of one assessment as PDF, HTML or OpenDocument Text (to edit in a word processor), or the clerk's draft minute (plain text, or HTML when OUT ends in .html). The report compares with the previous period unless --compare names another.</source>
            <translation>Write the narrative report of one assessment as PDF, HTML or OpenDocument Text (to edit in a word processor), or the clerk's draft minute (plain text, or HTML when OUT ends in .html). The report compares with the previous period unless --compare names another.</translation>
        </message>
        <message>
            <source>Write the report as OpenDocument Text (.odt) to OUT.</source>
            <translation>Write the report as OpenDocument Text (.odt) to OUT.</translation>
        </message>
        <message>
            <source>give exactly one of --pdf OUT, --html OUT, --odt OUT and --minutes OUT</source>
            <translation>give exactly one of --pdf OUT, --html OUT, --odt OUT and --minutes OUT</translation>
        </message>
        <message>
            <source>OpenDocument Text</source>
            <translation>OpenDocument Text</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::cli::WorkbookCommands</name>
        <message>
            <source>The assessment's period, e.g. 2025/26.</source>
            <translation>The assessment's period, e.g. 2025/26.</translation>
        </message>
        <message>
            <source>Create a workbook for a trust. Never overwrites a file.</source>
            <translation>Create a workbook for a trust. Never overwrites a file.</translation>
        </message>
        <message>
            <source>The workbook file to create (*.strongtrust).</source>
            <translation>The workbook file to create (*.strongtrust).</translation>
        </message>
        <message>
            <source>The trust's name.</source>
            <translation>The trust's name.</translation>
        </message>
        <message>
            <source>A framework file to assess against (default: the built-in framework).</source>
            <translation>A framework file to assess against (default: the built-in framework).</translation>
        </message>
        <message>
            <source>--trust NAME is required</source>
            <translation>--trust NAME is required</translation>
        </message>
        <message>
            <source>Created %1 for %2, assessing against %3 (%4 %5).</source>
            <translation>Created %1 for %2, assessing against %3 (%4 %5).</translation>
        </message>
        <message>
            <source>The workbook.</source>
            <translation>The workbook.</translation>
        </message>
        <message>
            <source>Interchange documents (JSON).</source>
            <translation>Interchange documents (JSON).</translation>
        </message>
        <message>
            <source>%1: cannot import: %2</source>
            <translation>%1: cannot import: %2</translation>
        </message>
        <message>
            <source>%1: not imported; the workbook is unchanged by it</source>
            <translation>%1: not imported; the workbook is unchanged by it</translation>
        </message>
        <message>
            <source>%1: imported into %2%3: %4, %5, %6, %7%8</source>
            <translation>%1: imported into %2%3: %4, %5, %6, %7%8</translation>
        </message>
        <message>
            <source> (new assessment)</source>
            <translation> (new assessment)</translation>
        </message>
        <message numerus="yes">
            <source>%n rating(s)</source>
            <translation>
                <numerusform>%n rating</numerusform>
                <numerusform>%n ratings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consensus rating(s)</source>
            <translation>
                <numerusform>%n consensus rating</numerusform>
                <numerusform>%n consensus ratings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trustee(s) added</source>
            <translation>
                <numerusform>%n trustee added</numerusform>
                <numerusform>%n trustees added</numerusform>
            </translation>
        </message>
        <message>
            <source>; restored as final</source>
            <translation>; restored as final</translation>
        </message>
        <message>
            <source>Write the interchange document to OUT.</source>
            <translation>Write the interchange document to OUT.</translation>
        </message>
        <message>
            <source>Write the indicator table to OUT.</source>
            <translation>Write the indicator table to OUT.</translation>
        </message>
        <message>
            <source>--period P is required</source>
            <translation>--period P is required</translation>
        </message>
        <message>
            <source>%1: no assessment for the period "%2"</source>
            <translation>%1: no assessment for the period "%2"</translation>
        </message>
        <message>
            <source>Wrote %1 (%2, %3)</source>
            <translation>Wrote %1 (%2, %3)</translation>
        </message>
        <message>
            <source>List a workbook's assessments: period, status, raters and how complete the ratings are.</source>
            <translation>List a workbook's assessments: period, status, raters and how complete the ratings are.</translation>
        </message>
        <message numerus="yes">
            <source>%n trustee(s)</source>
            <translation>
                <numerusform>%n trustee</numerusform>
                <numerusform>%n trustees</numerusform>
            </translation>
        </message>
        <message>
            <source> (%1 retired)</source>
            <translation> (%1 retired)</translation>
        </message>
        <message>
            <source>No assessments yet.</source>
            <translation>No assessments yet.</translation>
        </message>
        <message>
            <source>period</source>
            <translation>period</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>framework</source>
            <translation>framework</translation>
        </message>
        <message>
            <source>raters</source>
            <translation>raters</translation>
        </message>
        <message>
            <source>ratings</source>
            <translation>ratings</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>agreed</translation>
        </message>
        <message>
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <source>final</source>
            <translation>final</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>sign-off</source>
            <translation>sign-off</translation>
        </message>
        <message>
            <source>reasons needed: %1</source>
            <translation>reasons needed: %1</translation>
        </message>
        <message>
            <source>%1: imported into %2: %3, %4</source>
            <translation>%1: imported into %2: %3, %4</translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s)</source>
            <translation>
                <numerusform>%n measure</numerusform>
                <numerusform>%n measures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message>
            <source>Import assessment documents (returns, exports, archives) into a workbook, or measures' values from a CSV file (--period P --measures FILE.csv). Each file is imported whole or not at all.</source>
            <translation>Import assessment documents (returns, exports, archives) into a workbook, or measures' values from a CSV file (--period P --measures FILE.csv). Each file is imported whole or not at all.</translation>
        </message>
        <message>
            <source>Import measures' values into the period's assessment from FILE (CSV with the columns measure, value, asOf, source and optionally note).</source>
            <translation>Import measures' values into the period's assessment from FILE (CSV with the columns measure, value, asOf, source and optionally note).</translation>
        </message>
        <message>
            <source>--measures imports one CSV file; import JSON documents in a command of their own</source>
            <translation>--measures imports one CSV file; import JSON documents in a command of their own</translation>
        </message>
        <message>
            <source>missing argument: the documents to import, or --measures FILE.csv</source>
            <translation>missing argument: the documents to import, or --measures FILE.csv</translation>
        </message>
        <message>
            <source>--measures FILE.csv needs --period P</source>
            <translation>--measures FILE.csv needs --period P</translation>
        </message>
        <message>
            <source>--period P goes with --measures FILE.csv</source>
            <translation>--period P goes with --measures FILE.csv</translation>
        </message>
        <message numerus="yes">
            <source>%n standard(s)</source>
            <translation>
                <numerusform>%n standard</numerusform>
                <numerusform>%n standards</numerusform>
            </translation>
        </message>
        <message>
            <source>Export one assessment as an interchange document (JSON), a table of indicators (CSV) or a table of its measures (CSV).</source>
            <translation>Export one assessment as an interchange document (JSON), a table of indicators (CSV) or a table of its measures (CSV).</translation>
        </message>
        <message>
            <source>Write the measures' values to OUT (CSV, in the form import --measures reads).</source>
            <translation>Write the measures' values to OUT (CSV, in the form import --measures reads).</translation>
        </message>
        <message>
            <source>give exactly one of --json OUT, --csv OUT and --measures OUT</source>
            <translation>give exactly one of --json OUT, --csv OUT and --measures OUT</translation>
        </message>
        <message>
            <source>measures, CSV</source>
            <translation>measures, CSV</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::live::HttpAnswer</name>
        <message>
            <source>The request body is over 16 KiB, the most the rating service accepts.</source>
            <translation>The request body is over 16 KiB, the most the rating service accepts.</translation>
        </message>
        <message>
            <source>The request line is over 8 KiB.</source>
            <translation>The request line is over 8 KiB.</translation>
        </message>
        <message>
            <source>The request's headers are over 32 KiB.</source>
            <translation>The request's headers are over 32 KiB.</translation>
        </message>
        <message>
            <source>A request body must say its length (Content-Length); chunked bodies are not accepted.</source>
            <translation>A request body must say its length (Content-Length); chunked bodies are not accepted.</translation>
        </message>
        <message>
            <source>The request took too long to arrive.</source>
            <translation>The request took too long to arrive.</translation>
        </message>
        <message>
            <source>The request's Content-Length is not a number.</source>
            <translation>The request's Content-Length is not a number.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::live::LiveServer</name>
        <message>
            <source>Cannot listen on %1 port %2: %3</source>
            <translation>Cannot listen on %1 port %2: %3</translation>
        </message>
        <message>
            <source>There is nothing at this address.</source>
            <translation>There is nothing at this address.</translation>
        </message>
        <message>
            <source>The request names another server (Host header).</source>
            <translation>The request names another server (Host header).</translation>
        </message>
        <message>
            <source>Requests from another site are refused.</source>
            <translation>Requests from another site are refused.</translation>
        </message>
        <message>
            <source>This address does not take that method.</source>
            <translation>This address does not take that method.</translation>
        </message>
        <message>
            <source>This link is not valid: the live session has ended, or the link is not whole.</source>
            <translation>This link is not valid: the live session has ended, or the link is not whole.</translation>
        </message>
        <message>
            <source>Too many requests: at most %1 a second.</source>
            <translation>Too many requests: at most %1 a second.</translation>
        </message>
        <message>
            <source>A rating is sent as JSON (Content-Type: application/json).</source>
            <translation>A rating is sent as JSON (Content-Type: application/json).</translation>
        </message>
        <message>
            <source>The body is not valid JSON: %1 at byte %2.</source>
            <translation>The body is not valid JSON: %1 at byte %2.</translation>
        </message>
        <message>
            <source>The body must be a JSON object, such as {"level": 3}.</source>
            <translation>The body must be a JSON object, such as {"level": 3}.</translation>
        </message>
        <message>
            <source>Unknown field "%1": a rating has "level" and "note".</source>
            <translation>Unknown field "%1": a rating has "level" and "note".</translation>
        </message>
        <message>
            <source>Unknown indicator "%1".</source>
            <translation>Unknown indicator "%1".</translation>
        </message>
        <message>
            <source>The rating has no "level": give a level, "na" or null.</source>
            <translation>The rating has no "level": give a level, "na" or null.</translation>
        </message>
        <message>
            <source>Level %1 is not on the scale (%2 to %3).</source>
            <translation>Level %1 is not on the scale (%2 to %3).</translation>
        </message>
        <message>
            <source>This framework's scale has no "not applicable".</source>
            <translation>This framework's scale has no "not applicable".</translation>
        </message>
        <message>
            <source>"level" must be a level of the scale, "na" or null.</source>
            <translation>"level" must be a level of the scale, "na" or null.</translation>
        </message>
        <message>
            <source>"note" must be a text.</source>
            <translation>"note" must be a text.</translation>
        </message>
        <message>
            <source>The note is %1 characters long; a note from a device is at most %2.</source>
            <translation>The note is %1 characters long; a note from a device is at most %2.</translation>
        </message>
        <message>
            <source>Rating has ended: the assessment is signed off or cannot be changed.</source>
            <translation>Rating has ended: the assessment is signed off or cannot be changed.</translation>
        </message>
        <message>
            <source>The clerk has closed rating for this indicator.</source>
            <translation>The clerk has closed rating for this indicator.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::live::LiveSession</name>
        <message>
            <source>there is no such assessment</source>
            <translation>there is no such assessment</translation>
        </message>
        <message>
            <source>the workbook has no active trustee to rate: add the board's trustees first</source>
            <translation>the workbook has no active trustee to rate: add the board's trustees first</translation>
        </message>
        <message>
            <source>rating is closed for this indicator</source>
            <translation>rating is closed for this indicator</translation>
        </message>
        <message>
            <source>no such trustee</source>
            <translation>no such trustee</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::live::PageText</name>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Rating — {trust}</source>
            <translation>Rating — {trust}</translation>
        </message>
        <message>
            <source>Rating as {name}</source>
            <translation>Rating as {name}</translation>
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation>{n} of {total}</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>All indicators</source>
            <translation>All indicators</translation>
        </message>
        <message>
            <source>Back to rating</source>
            <translation>Back to rating</translation>
        </message>
        <message>
            <source>Guidance and questions</source>
            <translation>Guidance and questions</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>Guidance</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Questions to ask</translation>
        </message>
        <message>
            <source> — </source>
            <translation> — </translation>
        </message>
        <message>
            <source> · </source>
            <translation> · </translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>Withdraw my rating</source>
            <translation>Withdraw my rating</translation>
        </message>
        <message>
            <source>Your note (optional)</source>
            <translation>Your note (optional)</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Not yet saved — will retry</source>
            <translation>Not yet saved — will retry</translation>
        </message>
        <message>
            <source>1 rating not yet saved — will retry.</source>
            <translation>1 rating not yet saved — will retry.</translation>
        </message>
        <message>
            <source>{n} ratings not yet saved — will retry.</source>
            <translation>{n} ratings not yet saved — will retry.</translation>
        </message>
        <message>
            <source>Kept in this browser</source>
            <translation>Kept in this browser</translation>
        </message>
        <message>
            <source>The board is discussing this now</source>
            <translation>The board is discussing this now</translation>
        </message>
        <message>
            <source>Rating for this indicator is closed.</source>
            <translation>Rating for this indicator is closed.</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>the board is here</source>
            <translation>the board is here</translation>
        </message>
        <message>
            <source>rated</source>
            <translation>rated</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>not rated</translation>
        </message>
        <message>
            <source>The board has moved on to: {text}</source>
            <translation>The board has moved on to: {text}</translation>
        </message>
        <message>
            <source>The board is on: {text}</source>
            <translation>The board is on: {text}</translation>
        </message>
        <message>
            <source>Go there</source>
            <translation>Go there</translation>
        </message>
        <message>
            <source>The board has moved on. Now showing: {text}</source>
            <translation>The board has moved on. Now showing: {text}</translation>
        </message>
        <message>
            <source>This link is no longer valid: the live session has ended or the link is wrong. Ask the clerk.</source>
            <translation>This link is no longer valid: the live session has ended or the link is wrong. Ask the clerk.</translation>
        </message>
        <message>
            <source>This assessment has been signed off, so ratings can no longer be given or changed.</source>
            <translation>This assessment has been signed off, so ratings can no longer be given or changed.</translation>
        </message>
        <message>
            <source>Cannot reach the clerk's computer. Trying again…</source>
            <translation>Cannot reach the clerk's computer. Trying again…</translation>
        </message>
        <message>
            <source>The clerk's computer did not accept this.</source>
            <translation>The clerk's computer did not accept this.</translation>
        </message>
        <message>
            <source>You have rated {n} of {total}.</source>
            <translation>You have rated {n} of {total}.</translation>
        </message>
        <message>
            <source>There is nothing to rate.</source>
            <translation>There is nothing to rate.</translation>
        </message>
        <message>
            <source>Your answers stay in this browser until you come back. When you have finished, press Save my return and send the file to the clerk.</source>
            <translation>Your answers stay in this browser until you come back. When you have finished, press Save my return and send the file to the clerk.</translation>
        </message>
        <message>
            <source>Save my return</source>
            <translation>Save my return</translation>
        </message>
        <message>
            <source>Your return was saved as {file}. Send this file to the clerk.</source>
            <translation>Your return was saved as {file}. Send this file to the clerk.</translation>
        </message>
        <message>
            <source>This browser cannot keep your progress: save your return before you close this file.</source>
            <translation>This browser cannot keep your progress: save your return before you close this file.</translation>
        </message>
        <message>
            <source>This page could not read its data. Ask the clerk for a new one.</source>
            <translation>This page could not read its data. Ask the clerk for a new one.</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::live::QrCode</name>
        <message numerus="yes">
            <source>%n byte(s) are too long for a QR code</source>
            <translation>
                <numerusform>%n byte are too long for a QR code</numerusform>
                <numerusform>%n bytes are too long for a QR code</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>strongtrust::live::ReturnForm</name>
        <message>
            <source>there is no such assessment</source>
            <translation>there is no such assessment</translation>
        </message>
        <message>
            <source>there is no trustee %1</source>
            <translation>there is no trustee %1</translation>
        </message>
        <message>
            <source>the assessment for %1 is signed off: it takes no more returns</source>
            <translation>the assessment for %1 is signed off: it takes no more returns</translation>
        </message>
        <message>
            <source>the workbook has no active trustee to send a form to</source>
            <translation>the workbook has no active trustee to send a form to</translation>
        </message>
        <message>
            <source>no such folder</source>
            <translation>no such folder</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::live::TrusteeCards</name>
        <message>
            <source>Board self-assessment, %1</source>
            <translation>Board self-assessment, %1</translation>
        </message>
        <message>
            <source>Scan the code with your phone's camera, or type the link below into a browser, to rate on your own device.</source>
            <translation>Scan the code with your phone's camera, or type the link below into a browser, to rate on your own device.</translation>
        </message>
        <message>
            <source>This link is yours alone: do not share it.</source>
            <translation>This link is yours alone: do not share it.</translation>
        </message>
        <message>
            <source>there is no trustee to make a card for</source>
            <translation>there is no trustee to make a card for</translation>
        </message>
        <message>
            <source>the card of %1: %2</source>
            <translation>the card of %1: %2</translation>
        </message>
        <message>
            <source>Trustees' cards: %1, %2</source>
            <translation>Trustees' cards: %1, %2</translation>
        </message>
        <message>
            <source>the PDF could not be started</source>
            <translation>the PDF could not be started</translation>
        </message>
        <message>
            <source>the PDF could not be written</source>
            <translation>the PDF could not be written</translation>
        </message>
        <message>
            <source>cannot be written: %1</source>
            <translation>cannot be written: %1</translation>
        </message>
    </context>
</TS>
