<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
</TS>
