<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
            <source>must be %1</source>
            <translation>must be %1</translation>
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
            <source>unknown framework "%1": this workbook knows %2</source>
            <translation>unknown framework "%1": this workbook knows %2</translation>
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
    </context>
    <context>
        <name>strongtrust::AtomicFile</name>
        <message>
            <source>cannot be written: %1</source>
            <translation>cannot be written: %1</translation>
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
            <source>must be %1</source>
            <translation>must be %1</translation>
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
        <message>
            <source>a trustee needs a name</source>
            <translation>a trustee needs a name</translation>
        </message>
        <message>
            <source>there is already a trustee called %1</source>
            <translation>there is already a trustee called %1</translation>
        </message>
        <message>
            <source>no trustee with id %1</source>
            <translation>no trustee with id %1</translation>
        </message>
        <message>
            <source>the workbook has no framework %1</source>
            <translation>the workbook has no framework %1</translation>
        </message>
        <message>
            <source>not applicable</source>
            <translation>not applicable</translation>
        </message>
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
        <message>
            <source>the assessment for %1</source>
            <translation>the assessment for %1</translation>
        </message>
        <message>
            <source>it is final (signed off by %1 on %2) and cannot be changed</source>
            <translation>it is final (signed off by %1 on %2) and cannot be changed</translation>
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
            <source>the framework's scale does not allow it</source>
            <translation>the framework's scale does not allow it</translation>
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
            <source>final: signed off by %1 on %2%3</source>
            <translation>final: signed off by %1 on %2%3</translation>
        </message>
        <message>
            <source>trustee %1</source>
            <translation>trustee %1</translation>
        </message>
        <message>
            <source>no such trustee</source>
            <translation>no such trustee</translation>
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
            <source>evidence %1</source>
            <translation>evidence %1</translation>
        </message>
        <message>
            <source>no such evidence in this assessment</source>
            <translation>no such evidence in this assessment</translation>
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
            <source>domain "%1"</source>
            <translation>domain "%1"</translation>
        </message>
        <message>
            <source>action %1</source>
            <translation>action %1</translation>
        </message>
        <message>
            <source>no such action in this assessment</source>
            <translation>no such action in this assessment</translation>
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
    </context>
    <context>
        <name>strongtrust::app::FrameworkNavigator</name>
        <message>
            <source>Domains and indicators</source>
            <translation>Domains and indicators</translation>
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
    </context>
    <context>
        <name>strongtrust::app::MainWindow</name>
        <message>
            <source>%1 — strongtrust</source>
            <translation>%1 — strongtrust</translation>
        </message>
        <message>
            <source>%1 domains, %2 indicators</source>
            <translation>%1 domains, %2 indicators</translation>
        </message>
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
            <source>&lt;h3&gt;strongtrust %1&lt;/h3&gt;&lt;p&gt;Board self-assessment against the five domains of a strong trust.&lt;/p&gt;&lt;p&gt;Built-in framework: %2, drawn from the papers of the Confederation of School Trusts.&lt;/p&gt;&lt;p&gt;Build %3. Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;strongtrust %1&lt;/h3&gt;&lt;p&gt;Board self-assessment against the five domains of a strong trust.&lt;/p&gt;&lt;p&gt;Built-in framework: %2, drawn from the papers of the Confederation of School Trusts.&lt;/p&gt;&lt;p&gt;Build %3. Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>strongtrust::cli::CommandLine</name>
        <message>
            <source>Validate a framework file</source>
            <translation>Validate a framework file</translation>
        </message>
        <message>
            <source>Print domains and indicators (built-in framework by default)</source>
            <translation>Print domains and indicators (built-in framework by default)</translation>
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
            <source>Import assessment documents, each all or nothing</source>
            <translation>Import assessment documents, each all or nothing</translation>
        </message>
        <message>
            <source>Export one assessment</source>
            <translation>Export one assessment</translation>
        </message>
        <message>
            <source>Periods, status, raters and completeness</source>
            <translation>Periods, status, raters and completeness</translation>
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
            <source>Print a framework's domains and indicators with their full ids. With no FILE, the built-in framework.</source>
            <translation>Print a framework's domains and indicators with their full ids. With no FILE, the built-in framework.</translation>
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
            <source>Import assessment documents (returns, exports, archives) into a workbook. Each document is imported whole or not at all.</source>
            <translation>Import assessment documents (returns, exports, archives) into a workbook. Each document is imported whole or not at all.</translation>
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
            <source>Export one assessment as an interchange document (JSON) or a table of indicators (CSV).</source>
            <translation>Export one assessment as an interchange document (JSON) or a table of indicators (CSV).</translation>
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
            <source>give exactly one of --json OUT and --csv OUT</source>
            <translation>give exactly one of --json OUT and --csv OUT</translation>
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
    </context>
</TS>
