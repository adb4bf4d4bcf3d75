<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClaimDesk::Admin</name>
    <message>
        <location filename="../core/admin/BookRepair.cpp" line="+67"/>
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>the list of its tables cannot be read</source>
        <translation>the list of its tables cannot be read</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 exists already; recovery writes a new file</source>
        <translation>%1 exists already; recovery writes a new file</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>nothing of %1 could be saved: %2</source>
        <translation>nothing of %1 could be saved: %2</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Claims</name>
    <message>
        <location filename="../core/claims/ClaimBook.cpp" line="+82"/>
        <source>%1 now reads &quot;%2&quot; (changed by someone else); it was not set to &quot;%3&quot;</source>
        <translation>%1 now reads &quot;%2&quot; (changed by someone else); it was not set to &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/claims/ReviewEdits.cpp" line="+18"/>
        <source>%1 is now %2 (changed by someone else); it was not set to %3</source>
        <translation>%1 is now %2 (changed by someone else); it was not set to %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The memo of %1 was changed by someone else; it was not set back</source>
        <translation>The memo of %1 was changed by someone else; it was not set back</translation>
    </message>
    <message>
        <location filename="../core/claims/ClaimAssignment.cpp" line="+35"/>
        <source>%1 is not an active person of this team</source>
        <translation>%1 is not an active person of this team</translation>
    </message>
    <message>
        <location filename="../core/claims/Rescorer.cpp" line="+207"/>
        <source>Re-scoring stopped after %1 claims: %2</source>
        <translation>Re-scoring stopped after %1 claims: %2</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Cli</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+83"/>
        <source>the output was not all written</source>
        <translation>the output was not all written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write to standard output: %1</source>
        <translation>cannot write to standard output: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/cli/TeamCommand.cpp" line="+140"/>
        <source>--db-url must be a postgresql:// URL</source>
        <translation>--db-url must be a postgresql:// URL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1. Give it with `claimdesk-cli --db-url URL team remember-password` (the system keychain), ~/.pgpass or PGPASSWORD</source>
        <translation>%1. Give it with `claimdesk-cli --db-url URL team remember-password` (the system keychain), ~/.pgpass or PGPASSWORD</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the password: %1</source>
        <translation>cannot read the password: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the password file %1: %2</source>
        <translation>cannot read the password file %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no password was given</source>
        <translation>no password was given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the password file %1 is empty</source>
        <translation>the password file %1 is empty</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>there is no book %1</source>
        <translation>there is no book %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source> (see --help)</source>
        <translation> (see --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.h" line="+34"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+34"/>
        <source>Usage: claimdesk-cli [global options] COMMAND [options]

ClaimDesk&apos;s headless tool: the same core as the desktop app.

Global options:
  --db PATH             SQLite database file (default: in the user&apos;s data folder)
  --db-url URL          PostgreSQL database (team mode), postgresql://...
  --llm-provider NAME   offline, openai, azure, anthropic (default: the settings&apos;)
  --llm-url URL         model server address
  --llm-model NAME      model name
  --llm-embedding-model NAME  embedding model for the policy library
  --lang th|en          language of messages and explanations
  --version             print the version
  --help                this text; COMMAND --help for a command

Commands:
</source>
        <translation>Usage: claimdesk-cli [global options] COMMAND [options]

ClaimDesk&apos;s headless tool: the same core as the desktop app.

Global options:
  --db PATH             SQLite database file (default: in the user&apos;s data folder)
  --db-url URL          PostgreSQL database (team mode), postgresql://...
  --llm-provider NAME   offline, openai, azure, anthropic (default: the settings&apos;)
  --llm-url URL         model server address
  --llm-model NAME      model name
  --llm-embedding-model NAME  embedding model for the policy library
  --lang th|en          language of messages and explanations
  --version             print the version
  --help                this text; COMMAND --help for a command

Commands:
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>
Exit codes: 0 ok, 1 some inputs failed (the rest were processed), 2 usage error.
</source>
        <translation>
Exit codes: 0 ok, 1 some inputs failed (the rest were processed), 2 usage error.
</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown --llm-provider %1 (offline, openai, azure, anthropic)</source>
        <translation>unknown --llm-provider %1 (offline, openai, azure, anthropic)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/DecideCommand.cpp" line="+16"/>
        <source>decide claim records from JSON Lines by the book&apos;s rules (without a book, the spec&apos;s defaults); - reads stdin</source>
        <translation>decide claim records from JSON Lines by the book&apos;s rules (without a book, the spec&apos;s defaults); - reads stdin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JSON Lines file of claim records, or - for stdin.</source>
        <translation>JSON Lines file of claim records, or - for stdin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation date YYYY-MM-DD (default: today).</source>
        <translation>Evaluation date YYYY-MM-DD (default: today).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules file to use instead of the active rule set.</source>
        <translation>Rules file to use instead of the active rule set.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>decide needs --input FILE (or - for stdin)</source>
        <translation>decide needs --input FILE (or - for stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/PolicyCommand.cpp" line="+109"/>
        <source>--as-of needs a date as YYYY-MM-DD</source>
        <translation>--as-of needs a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write to standard output</source>
        <translation>Cannot write to standard output</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>claimdesk-cli: %1 of %2 lines could not be decided</source>
        <translation>claimdesk-cli: %1 of %2 lines could not be decided</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommand.cpp" line="-66"/>
        <source>The model&apos;s policy reasoning failed (%1); the offline checks stand.</source>
        <translation>The model&apos;s policy reasoning failed (%1); the offline checks stand.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>verify a policy holder, check a line item against the policy library, import policy text</source>
        <translation>verify a policy holder, check a line item against the policy library, import policy text</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Usage: claimdesk-cli policy verify|check|import [options]
  verify ID_NUMBER --type H|CD [--as-of DATE] [--json]
  check --item TEXT [--field pharmacy|lab|symptoms|complaint] [--diagnosis TEXT]
        [--approved] [--emergency] [--json]
  import FILE [--name NAME]   a new version of a policy document
</source>
        <translation>Usage: claimdesk-cli policy verify|check|import [options]
  verify ID_NUMBER --type H|CD [--as-of DATE] [--json]
  check --item TEXT [--field pharmacy|lab|symptoms|complaint] [--diagnosis TEXT]
        [--approved] [--emergency] [--json]
  import FILE [--name NAME]   a new version of a policy document
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>policy needs verify, check, import or holders</source>
        <translation>policy needs verify, check, import or holders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown policy command &apos;%1&apos;</source>
        <translation>unknown policy command &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Look up the policy of a national ID for a kind of claim.</source>
        <translation>Look up the policy of a national ID for a kind of claim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>13-digit national ID; spaces and dashes are fine.</source>
        <translation>13-digit national ID; spaces and dashes are fine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date to check the policy period against (default: today).</source>
        <translation>Date to check the policy period against (default: today).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>policy verify needs one ID number</source>
        <translation>policy verify needs one ID number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy verify needs --type H or --type CD</source>
        <translation>policy verify needs --type H or --type CD</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Decide one line item against the policy library. The decision is the policy&apos;s, offline; with a model configured (--llm-provider), an excluded item whose clause names no alternative also gets the model&apos;s suggestions for the diagnosis, and --claim adds the clinical-coherence check.</source>
        <translation>Decide one line item against the policy library. The decision is the policy&apos;s, offline; with a model configured (--llm-provider), an excluded item whose clause names no alternative also gets the model&apos;s suggestions for the diagnosis, and --claim adds the clinical-coherence check.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The billed item, as printed.</source>
        <translation>The billed item, as printed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pharmacy (default), lab, symptoms or complaint.</source>
        <translation>pharmacy (default), lab, symptoms or complaint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The claim&apos;s diagnosis.</source>
        <translation>The claim&apos;s diagnosis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prior approval is recorded for the item.</source>
        <translation>Prior approval is recorded for the item.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An emergency admission.</source>
        <translation>An emergency admission.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every billed item of this claim and record the checks on it.</source>
        <translation>Check every billed item of this claim and record the checks on it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>policy check needs --item TEXT or --claim ID</source>
        <translation>policy check needs --item TEXT or --claim ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown --field &apos;%1&apos; (pharmacy, lab, symptoms, complaint)</source>
        <translation>unknown --field &apos;%1&apos; (pharmacy, lab, symptoms, complaint)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+36"/>
        <source>The policy library is empty: import a policy document first (policy import FILE, or init --demo)</source>
        <translation>The policy library is empty: import a policy document first (policy import FILE, or init --demo)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import a policy document as a new version and index it: UTF-8 text, a PDF (its text layer, or OCR when it is a scan) or page images.</source>
        <translation>Import a policy document as a new version and index it: UTF-8 text, a PDF (its text layer, or OCR when it is a scan) or page images.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy document.</source>
        <translation>The policy document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document name (default: the file name).</source>
        <translation>Document name (default: the file name).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>policy import needs one file</source>
        <translation>policy import needs one file</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is unchanged (version %2)</source>
        <translation>%1 is unchanged (version %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 version %2: %3 clauses indexed</source>
        <translation>%1 version %2: %3 clauses indexed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported without embeddings: %1</source>
        <translation>imported without embeddings: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read by OCR from %1 page(s), mean word confidence %2%</source>
        <translation>read by OCR from %1 page(s), mean word confidence %2%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import policy holders from JSON or CSV; all or nothing.</source>
        <translation>Import policy holders from JSON or CSV; all or nothing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A JSON array or a CSV file with a header row.</source>
        <translation>A JSON array or a CSV file with a header row.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>policy holders needs one file</source>
        <translation>policy holders needs one file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy holders needs --type H or --type CD</source>
        <translation>policy holders needs --type H or --type CD</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 policy holders imported</source>
        <translation>%1 policy holders imported</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentCommand.cpp" line="+19"/>
        <source>ask the model for its decision on a claim (recorded beside the rules&apos;)</source>
        <translation>ask the model for its decision on a claim (recorded beside the rules&apos;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/ClaimsAssignment.cpp" line="+53"/>
        <location line="+24"/>
        <location filename="../app/cli/ClaimsCommand.cpp" line="+236"/>
        <location line="+33"/>
        <location line="+46"/>
        <location line="+100"/>
        <location filename="../app/cli/SummarizeCommand.cpp" line="+27"/>
        <source>The claim ID.</source>
        <translation>The claim ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/ClaimsAssignment.cpp" line="-59"/>
        <location filename="../app/cli/DbCommand.cpp" line="+50"/>
        <location filename="../app/cli/StatsCommand.cpp" line="+31"/>
        <location filename="../app/cli/SummarizeCommand.cpp" line="+1"/>
        <location filename="../app/cli/UsageCommand.cpp" line="+49"/>
        <location filename="../app/cli/UsersCommand.cpp" line="+105"/>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>agent needs exactly one claim ID</source>
        <translation>agent needs exactly one claim ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>agent mode needs a model: configure one in the settings or pass --llm-provider</source>
        <translation>agent mode needs a model: configure one in the settings or pass --llm-provider</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: the model says %2 (confidence %3); the rules say %4.
%5</source>
        <translation>%1: the model says %2 (confidence %3); the rules say %4.
%5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no opinion from the model: %1</source>
        <translation>no opinion from the model: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ChatCommand.cpp" line="+59"/>
        <source>drive the intake conversation from a JSON Lines script</source>
        <translation>drive the intake conversation from a JSON Lines script</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each line is one of {&quot;say&quot;: TEXT}, {&quot;upload&quot;: PATH}, {&quot;owner&quot;: &quot;customer&quot;|&quot;other_party&quot;}, {&quot;id_number&quot;: DIGITS}, {&quot;submit&quot;: true}, {&quot;claim_type&quot;: &quot;H&quot;|&quot;CD&quot;}, {&quot;appointment&quot;: ISO-TIME} or {&quot;restart&quot;: true}. One JSON line is printed per step. Uploads are read with OCR (Thai and English). The replies are the engine&apos;s own words; the model phrases them only in the app.</source>
        <translation>Each line is one of {&quot;say&quot;: TEXT}, {&quot;upload&quot;: PATH}, {&quot;owner&quot;: &quot;customer&quot;|&quot;other_party&quot;}, {&quot;id_number&quot;: DIGITS}, {&quot;submit&quot;: true}, {&quot;claim_type&quot;: &quot;H&quot;|&quot;CD&quot;}, {&quot;appointment&quot;: ISO-TIME} or {&quot;restart&quot;: true}. One JSON line is printed per step. Uploads are read with OCR (Thai and English). The replies are the engine&apos;s own words; the model phrases them only in the app.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The conversation, JSON Lines; - reads stdin.</source>
        <translation>The conversation, JSON Lines; - reads stdin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply in th or en only (default: both, Thai first).</source>
        <translation>Reply in th or en only (default: both, Thai first).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the conversation as on this day (policy periods, claim dates), for replays.</source>
        <translation>Hold the conversation as on this day (policy periods, claim dates), for replays.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chat needs --script FILE (or - for stdin)</source>
        <translation>chat needs --script FILE (or - for stdin)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--lang must be th or en, not %1</source>
        <translation>--lang must be th or en, not %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--as-of must be a date as YYYY-MM-DD, not %1</source>
        <translation>--as-of must be a date as YYYY-MM-DD, not %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the script</source>
        <translation>the script</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the script is longer than the limit of %1 lines; nothing after line %1 was read</source>
        <translation>the script is longer than the limit of %1 lines; nothing after line %1 was read</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>not valid JSON (%1 at character %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a line must be a JSON object</source>
        <translation>a line must be a JSON object</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimsCommand.cpp" line="-391"/>
        <source>Claimed amount, such as 1355.00.</source>
        <translation>Claimed amount, such as 1355.00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claimant&apos;s 13-digit national ID.</source>
        <translation>Claimant&apos;s 13-digit national ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimant&apos;s name.</source>
        <translation>Claimant&apos;s name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hospital, clinic or garage.</source>
        <translation>Hospital, clinic or garage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis or damage code.</source>
        <translation>Diagnosis or damage code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment notes.</source>
        <translation>Treatment notes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who works on the claim.</source>
        <translation>Who works on the claim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD.</source>
        <translation>YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The insurer&apos;s prior-approval reference for the claim.</source>
        <translation>The insurer&apos;s prior-approval reference for the claim.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--amount &apos;%1&apos; is not an amount</source>
        <translation>--amount &apos;%1&apos; is not an amount</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--service-date needs a date as YYYY-MM-DD</source>
        <translation>--service-date needs a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>list, show, set-status, create (new), edit claims, or print a dossier</source>
        <translation>list, show, set-status, create (new), edit claims, or print a dossier</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unknown claims command &apos;%1&apos;</source>
        <translation>unknown claims command &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The triage queue: highest risk and priority first, then oldest.</source>
        <translation>The triage queue: highest risk and priority first, then oldest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted, Under Review, Pending, Approved, Rejected or Paid.</source>
        <translation>Submitted, Under Review, Pending, Approved, Rejected or Paid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+214"/>
        <location filename="../app/cli/PolicyCommand.cpp" line="-208"/>
        <location line="+186"/>
        <source>H or CD.</source>
        <translation>H or CD.</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>LOW, MEDIUM or HIGH.</source>
        <translation>LOW, MEDIUM or HIGH.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AUTO_APPROVE, STANDARD_REVIEW, MANUAL_REVIEW, REJECT or QUARANTINE.</source>
        <translation>AUTO_APPROVE, STANDARD_REVIEW, MANUAL_REVIEW, REJECT or QUARANTINE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim ID prefix, national ID or part of the claimant&apos;s name.</source>
        <translation>Claim ID prefix, national ID or part of the claimant&apos;s name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N claims (default 50).</source>
        <translation>At most N claims (default 50).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the first K claims.</source>
        <translation>Skip the first K claims.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/PortalCommand.cpp" line="+190"/>
        <source>Print a JSON array.</source>
        <translation>Print a JSON array.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown status &apos;%1&apos;</source>
        <translation>unknown status &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimsAssignment.cpp" line="-4"/>
        <source>Take the first open claim in queue order that nobody holds, and hold it yourself.</source>
        <translation>Take the first open claim in queue order that nobody holds, and hold it yourself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only claims of this type: H or CD.</source>
        <translation>Only claims of this type: H or CD.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/ClaimsCommand.cpp" line="+3"/>
        <source>unknown claim type &apos;%1&apos; (H or CD)</source>
        <translation>unknown claim type &apos;%1&apos; (H or CD)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is yours (%2, %3)
</source>
        <translation>%1 is yours (%2, %3)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No open claim is free.
</source>
        <translation>No open claim is free.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hand a claim to someone (a manager&apos;s act).</source>
        <translation>Hand a claim to someone (a manager&apos;s act).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login who takes the claim.</source>
        <translation>The login who takes the claim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>claims assign needs a claim ID and --to NAME</source>
        <translation>claims assign needs a claim ID and --to NAME</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is held by %2
</source>
        <translation>%1 is held by %2
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give a claim back to the queue.</source>
        <translation>Give a claim back to the queue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>claims release needs a claim ID</source>
        <translation>claims release needs a claim ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is back in the queue
</source>
        <translation>%1 is back in the queue
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimsCommand.cpp" line="-52"/>
        <source>Usage: claimdesk-cli claims list|show|set-status|new [options]
  list [--status S] [--type H|CD] [--risk L] [--decision D] [--search TEXT]
       [--limit N] [--offset K] [--json]   the triage queue, in queue order
  show ID [--json]                          one claim with documents, decision, audit
  set-status ID STATUS [--memo TEXT] [--expect-version N]   change status (audited)
  new --type H|CD [--amount X] [...]        file a claim and decide it
  dossier ID [--out FILE]                   the claim&apos;s report as HTML
  next [--type H|CD] [--json]               take the first free open claim
  assign ID --to NAME                       hand a claim to someone (manager)
  release ID                                give a claim back to the queue
</source>
        <translation>Usage: claimdesk-cli claims list|show|set-status|new [options]
  list [--status S] [--type H|CD] [--risk L] [--decision D] [--search TEXT]
       [--limit N] [--offset K] [--json]   the triage queue, in queue order
  show ID [--json]                          one claim with documents, decision, audit
  set-status ID STATUS [--memo TEXT] [--expect-version N]   change status (audited)
  new --type H|CD [--amount X] [...]        file a claim and decide it
  dossier ID [--out FILE]                   the claim&apos;s report as HTML
  next [--type H|CD] [--json]               take the first free open claim
  assign ID --to NAME                       hand a claim to someone (manager)
  release ID                                give a claim back to the queue
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>claims needs list, show, set-status, new, edit, next, assign or release</source>
        <translation>claims needs list, show, set-status, new, edit, next, assign or release</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unknown risk level &apos;%1&apos; (LOW, MEDIUM, HIGH)</source>
        <translation>unknown risk level &apos;%1&apos; (LOW, MEDIUM, HIGH)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown decision &apos;%1&apos;</source>
        <translation>unknown decision &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit and --offset need whole numbers of 0 or more</source>
        <translation>--limit and --offset need whole numbers of 0 or more</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CLAIM</source>
        <translation>CLAIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RISK</source>
        <translation>RISK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DECISION</source>
        <translation>DECISION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The claim&apos;s dossier as one self-contained HTML page (the desktop app also saves it as PDF).</source>
        <translation>The claim&apos;s dossier as one self-contained HTML page (the desktop app also saves it as PDF).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>Write to FILE instead of standard output.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>claims dossier needs exactly one claim ID</source>
        <translation>claims dossier needs exactly one claim ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../app/cli/ExportCommand.cpp" line="+68"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One claim: fields, documents, extracted data, decision, audit trail.</source>
        <translation>One claim: fields, documents, extracted data, decision, audit trail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/ImportCommand.cpp" line="+33"/>
        <location filename="../app/cli/InboxCommand.cpp" line="+81"/>
        <location filename="../app/cli/PolicyCommand.cpp" line="-182"/>
        <location line="+47"/>
        <source>Print JSON (the default).</source>
        <translation>Print JSON (the default).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>claims show needs exactly one claim ID</source>
        <translation>claims show needs exactly one claim ID</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change a claim&apos;s status; the change is audited.</source>
        <translation>Change a claim&apos;s status; the change is audited.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted, &quot;Under Review&quot;, Pending, Approved, Rejected or Paid.</source>
        <translation>Submitted, &quot;Under Review&quot;, Pending, Approved, Rejected or Paid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note to keep with the claim.</source>
        <translation>A note to keep with the claim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+100"/>
        <source>Fail if the claim is no longer at version N.</source>
        <translation>Fail if the claim is no longer at version N.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>claims set-status needs a claim ID and a status</source>
        <translation>claims set-status needs a claim ID and a status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown status &apos;%1&apos; (%2)</source>
        <translation>unknown status &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a claim is a draft only while the customer files it in the chat</source>
        <translation>a claim is a draft only while the customer files it in the chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+112"/>
        <source>--expect-version needs a whole number</source>
        <translation>--expect-version needs a whole number</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>%1: %2 -&gt; %3 (version %4)</source>
        <translation>%1: %2 -&gt; %3 (version %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File a new claim; it is decided at once.</source>
        <translation>File a new claim; it is decided at once.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider is out of network.</source>
        <translation>The provider is out of network.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An emergency claim.</source>
        <translation>An emergency claim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Print the claim as JSON.</source>
        <translation>Print the claim as JSON.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>claims new needs --type H or --type CD</source>
        <translation>claims new needs --type H or --type CD</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change a claim&apos;s details; the claim is decided again and every change is audited.</source>
        <translation>Change a claim&apos;s details; the claim is decided again and every change is audited.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>yes or no.</source>
        <translation>yes or no.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>claims edit needs exactly one claim ID</source>
        <translation>claims edit needs exactly one claim ID</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--in-network and --emergency take yes or no</source>
        <translation>--in-network and --emergency take yes or no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claims edit needs at least one change</source>
        <translation>claims edit needs at least one change</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: version %2, %3, reimbursement %4</source>
        <translation>%1: version %2, %3, reimbursement %4</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="-57"/>
        <source>claims as CSV (detailed, Google Sheets or summary)</source>
        <translation>claims as CSV (detailed, Google Sheets or summary)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to export (csv).</source>
        <translation>What to export (csv).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detailed (default), sheets or summary.</source>
        <translation>detailed (default), sheets or summary.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE (replaced only once complete) instead of standard output.</source>
        <translation>Write to FILE (replaced only once complete) instead of standard output.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only claims in this status.</source>
        <translation>Only claims in this status.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>say what to export: export csv</source>
        <translation>say what to export: export csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format takes detailed, sheets or summary, not &quot;%1&quot;</source>
        <translation>--format takes detailed, sheets or summary, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--status takes one of: %1</source>
        <translation>--status takes one of: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n claim(s) written to %1</source>
        <translation>
            <numerusform>%n claim(s) written to %1</numerusform>
            <numerusform>%n claim(s) written to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write to standard output</source>
        <translation>cannot write to standard output</translation>
    </message>
    <message>
        <location filename="../app/cli/ExtractCommand.cpp" line="+57"/>
        <source>OCR, classify and extract fields from images and PDFs (JSON Lines)</source>
        <translation>OCR, classify and extract fields from images and PDFs (JSON Lines)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Images (JPEG, PNG, WebP, TIFF) or PDFs.</source>
        <translation>Images (JPEG, PNG, WebP, TIFF) or PDFs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages read in parallel (default: one per core).</source>
        <translation>Pages read in parallel (default: one per core).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCR languages, Tesseract&apos;s names joined by +, or auto: each page in the languages its script asks for (default auto).</source>
        <translation>OCR languages, Tesseract&apos;s names joined by +, or auto: each page in the languages its script asks for (default auto).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preprocessing steps: default, all, none, a list to keep (grayscale,flatten,join,scale,deskew,denoise,binarize,perspective) or to drop from the default (-deskew).</source>
        <translation>Preprocessing steps: default, all, none, a list to keep (grayscale,flatten,join,scale,deskew,denoise,binarize,perspective) or to drop from the default (-deskew).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include the recognised text.</source>
        <translation>Include the recognised text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the configured model read each document too: it fills fields OCR missed and flags values it reads differently (model_value).</source>
        <translation>Let the configured model read each document too: it fills fields OCR missed and flags values it reads differently (model_value).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>extract needs at least one file</source>
        <translation>extract needs at least one file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--jobs takes a number from 1 to 64</source>
        <translation>--jobs takes a number from 1 to 64</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--llm needs a model: configure one in the settings or pass --llm-provider</source>
        <translation>--llm needs a model: configure one in the settings or pass --llm-provider</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>claimdesk-cli: %1 of %2 files could not be read</source>
        <translation>claimdesk-cli: %1 of %2 files could not be read</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="-15"/>
        <source>store documents (images, PDF) on a claim or a new claim, read them and decide the claim again</source>
        <translation>store documents (images, PDF) on a claim or a new claim, read them and decide the claim again</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>JPEG, PNG, WebP, TIFF or PDF files.</source>
        <translation>JPEG, PNG, WebP, TIFF or PDF files.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach to this claim.</source>
        <translation>Attach to this claim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a new claim of this type (H or CD).</source>
        <translation>Open a new claim of this type (H or CD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only store the files; do not read them.</source>
        <translation>Only store the files; do not read them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCR languages, or auto: as the page&apos;s script asks (default auto).</source>
        <translation>OCR languages, or auto: as the page&apos;s script asks (default auto).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import needs at least one file</source>
        <translation>import needs at least one file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import needs either --claim ID or --new-claim H|CD</source>
        <translation>import needs either --claim ID or --new-claim H|CD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--new-claim needs H or CD</source>
        <translation>--new-claim needs H or CD</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 is stored but could not be read: %2</source>
        <translation>%1 is stored but could not be read: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already on claim %2 (same content)</source>
        <translation>%1 is already on claim %2 (same content)</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="+19"/>
        <source>create or migrate the database; --demo adds demo data, --claims N synthetic claims</source>
        <translation>create or migrate the database; --demo adds demo data, --claims N synthetic claims</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the demo policy holders, formulary and claims.</source>
        <translation>Add the demo policy holders, formulary and claims.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add N synthetic claims with decisions.</source>
        <translation>Add N synthetic claims with decisions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed for --claims (same seed, same book).</source>
        <translation>Random seed for --claims (same seed, same book).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spread --claims over the last D days (default 90).</source>
        <translation>Spread --claims over the last D days (default 90).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>init takes no arguments</source>
        <translation>init takes no arguments</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--claims needs a whole number from 0 to %1</source>
        <translation>--claims needs a whole number from 0 to %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--days needs a whole number from 1 to %1</source>
        <translation>--days needs a whole number from 1 to %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>--seed needs a whole number</source>
        <translation>--seed needs a whole number</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database ready: %1 (schema version %2)</source>
        <translation>Database ready: %1 (schema version %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demo data: %1 policy holders, %2 demo claims added</source>
        <translation>Demo data: %1 policy holders, %2 demo claims added</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/cli/RulesCommand.cpp" line="+121"/>
        <source>%1 of %2 claims</source>
        <translation>%1 of %2 claims</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Synthetic claims: %1 written in %2 s</source>
        <translation>Synthetic claims: %1 written in %2 s</translation>
    </message>
    <message>
        <location filename="../app/cli/RangeOptions.cpp" line="+14"/>
        <source>First day of creation (YYYY-MM-DD).</source>
        <translation>First day of creation (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of creation (YYYY-MM-DD, default today).</source>
        <translation>Last day of creation (YYYY-MM-DD, default today).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only claims of this type (H or CD).</source>
        <translation>Only claims of this type (H or CD).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--to takes a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--to takes a date YYYY-MM-DD, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--from takes a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--from takes a date YYYY-MM-DD, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--from (%1) is after --to (%2)</source>
        <translation>--from (%1) is after --to (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--from %1 to --to %2 is longer than the limit of %3 days</source>
        <translation>--from %1 to --to %2 is longer than the limit of %3 days</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--type takes H or CD, not &quot;%1&quot;</source>
        <translation>--type takes H or CD, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="-89"/>
        <source>show, check, set or reset the decision rule set; rescore open claims</source>
        <translation>show, check, set or reset the decision rule set; rescore open claims</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: claimdesk-cli rules show|check FILE|set FILE|reset|rescore
  show         print the rule set in force in the book (JSON); a team book&apos;s
               rules are set only by a team administrator
  check FILE   validate a rules file; every bad key is named
  set FILE [--no-rescore]  validate, make it the rule set in force, re-score
               open claims (unless --no-rescore)
  reset        back to the spec&apos;s defaults, re-score open claims
  rescore [--all]  re-decide every open claim (or every claim) with the rule set in force
</source>
        <translation>Usage: claimdesk-cli rules show|check FILE|set FILE|reset|rescore
  show         print the rule set in force in the book (JSON); a team book&apos;s
               rules are set only by a team administrator
  check FILE   validate a rules file; every bad key is named
  set FILE [--no-rescore]  validate, make it the rule set in force, re-score
               open claims (unless --no-rescore)
  reset        back to the spec&apos;s defaults, re-score open claims
  rescore [--all]  re-decide every open claim (or every claim) with the rule set in force
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>rules %1 needs a file</source>
        <translation>rules %1 needs a file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rule set %1 is valid</source>
        <translation>Rule set %1 is valid</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rules rescore takes only --all</source>
        <translation>rules rescore takes only --all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown rules command &apos;%1&apos;</source>
        <translation>unknown rules command &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team decides by these rules from now on; open claims are re-decided by an adjuster or manager with `claimdesk-cli rules rescore`
</source>
        <translation>The team decides by these rules from now on; open claims are re-decided by an adjuster or manager with `claimdesk-cli rules rescore`
</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Re-scored all %1 claims with rule set %2 in %3 s</source>
        <translation>Re-scored all %1 claims with rule set %2 in %3 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-scored %1 open claims with rule set %2 in %3 s</source>
        <translation>Re-scored %1 open claims with rule set %2 in %3 s</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="-16"/>
        <location line="+44"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>the manager figures over claims created in a range (default: last 30 days)</source>
        <translation>the manager figures over claims created in a range (default: last 30 days)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Claims created %1 to %2: %3
</source>
        <translation>Claims created %1 to %2: %3
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid: health %1, car damage %2
</source>
        <translation>Paid: health %1, car damage %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy: %1   Auto-approval: %2   Average response: %3
</source>
        <translation>Accuracy: %1   Auto-approval: %2   Average response: %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open backlog: %1
</source>
        <translation>Open backlog: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/SummarizeCommand.cpp" line="-8"/>
        <source>a 3-4 sentence summary of a claim (model, or factual fallback)</source>
        <translation>a 3-4 sentence summary of a claim (model, or factual fallback)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>summarize needs exactly one claim ID</source>
        <translation>summarize needs exactly one claim ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>claimdesk-cli: the model&apos;s summary was not used (%1); the factual summary follows</source>
        <translation>claimdesk-cli: the model&apos;s summary was not used (%1); the factual summary follows</translation>
    </message>
    <message>
        <location filename="../app/cli/UsageCommand.cpp" line="-14"/>
        <source>model calls, tokens and cost from the ledger</source>
        <translation>model calls, tokens and cost from the ledger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First day (YYYY-MM-DD, default 30 days ago).</source>
        <translation>First day (YYYY-MM-DD, default 30 days ago).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day (YYYY-MM-DD, default today).</source>
        <translation>Last day (YYYY-MM-DD, default today).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows by operation (default), claim, hour, day, week, month or year.</source>
        <translation>Rows by operation (default), claim, hour, day, week, month or year.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--from and --to take dates YYYY-MM-DD, --from first</source>
        <translation>--from and --to take dates YYYY-MM-DD, --from first</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--by takes operation, claim, hour, day, week, month or year</source>
        <translation>--by takes operation, claim, hour, day, week, month or year</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 calls (%2 failed), %3 tokens in, %4 out, %5 %6</source>
        <translation>%1 calls (%2 failed), %3 tokens in, %4 out, %5 %6</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommand.cpp" line="-123"/>
        <source>set up a team book on PostgreSQL (init), move a desk&apos;s book into it (import-book)</source>
        <translation>set up a team book on PostgreSQL (init), move a desk&apos;s book into it (import-book)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: claimdesk-cli --db-url URL team init
  init    create or migrate the team schema and the four group roles
          (claimdesk_adjuster, _manager, _admin, _auditor); run by a login
          that may create roles; safe to run again
  import-book FILE.sqlite [--json]
          copy a desk&apos;s whole book into this empty team book, IDs kept,
          all or nothing, checked by counts and checksums
  remember-password [--password-file FILE] [--forget]
          keep the --db-url login&apos;s password in the system keychain
          (read from FILE or the first line of standard input; checked
          with the server first), or forget it
</source>
        <translation>Usage: claimdesk-cli --db-url URL team init
  init    create or migrate the team schema and the four group roles
          (claimdesk_adjuster, _manager, _admin, _auditor); run by a login
          that may create roles; safe to run again
  import-book FILE.sqlite [--json]
          copy a desk&apos;s whole book into this empty team book, IDs kept,
          all or nothing, checked by counts and checksums
  remember-password [--password-file FILE] [--forget]
          keep the --db-url login&apos;s password in the system keychain
          (read from FILE or the first line of standard input; checked
          with the server first), or forget it
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>team needs init, import-book or remember-password</source>
        <translation>team needs init, import-book or remember-password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown team command &apos;%1&apos;</source>
        <translation>unknown team command &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>team init needs the team book&apos;s --db-url</source>
        <translation>team init needs the team book&apos;s --db-url</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team book ready: %1 (roles claimdesk_adjuster, claimdesk_manager, claimdesk_admin, claimdesk_auditor)
</source>
        <translation>Team book ready: %1 (roles claimdesk_adjuster, claimdesk_manager, claimdesk_admin, claimdesk_auditor)
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy a desk&apos;s whole book into this empty team book, all or nothing.</source>
        <translation>Copy a desk&apos;s whole book into this empty team book, all or nothing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desk&apos;s SQLite book.</source>
        <translation>The desk&apos;s SQLite book.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON counts.</source>
        <translation>Print JSON counts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>team import-book needs one book file</source>
        <translation>team import-book needs one book file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>team import-book needs the team book&apos;s --db-url</source>
        <translation>team import-book needs the team book&apos;s --db-url</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 rows
</source>
        <translation>%1 of %2 rows
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Moved %1 rows into %2 in %3 s, every table checked
</source>
        <translation>Moved %1 rows into %2 in %3 s, every table checked
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep the --db-url login&apos;s password in the system keychain, or forget it.</source>
        <translation>Keep the --db-url login&apos;s password in the system keychain, or forget it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file whose first line is the password (default: standard input).</source>
        <translation>A file whose first line is the password (default: standard input).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the kept password instead.</source>
        <translation>Remove the kept password instead.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>team remember-password needs the team book&apos;s --db-url</source>
        <translation>team remember-password needs the team book&apos;s --db-url</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forgot the password of %1
</source>
        <translation>Forgot the password of %1
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password of %1 is kept in the system keychain
</source>
        <translation>The password of %1 is kept in the system keychain
</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="-79"/>
        <source>the people of a team book: add, list, set (administrators)</source>
        <translation>the people of a team book: add, list, set (administrators)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: claimdesk-cli --db-url URL users add|list|set
  add NAME --role adjuster|manager|admin|auditor [--limit AMOUNT]
      [--password-file FILE]              a login in a group
  list [--json]                           everyone, with role, limit and access
  set NAME [--role R] [--limit AMOUNT] [--disable|--enable]
</source>
        <translation>Usage: claimdesk-cli --db-url URL users add|list|set
  add NAME --role adjuster|manager|admin|auditor [--limit AMOUNT]
      [--password-file FILE]              a login in a group
  list [--json]                           everyone, with role, limit and access
  set NAME [--role R] [--limit AMOUNT] [--disable|--enable]
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>users needs add, list or set</source>
        <translation>users needs add, list or set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown users command &apos;%1&apos;</source>
        <translation>unknown users command &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a login in one of the team&apos;s groups.</source>
        <translation>Create a login in one of the team&apos;s groups.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>The login.</source>
        <translation>The login.</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+83"/>
        <source>adjuster, manager, admin or auditor.</source>
        <translation>adjuster, manager, admin or auditor.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Authority limit: the largest amount they may approve or pay (default 0).</source>
        <translation>Authority limit: the largest amount they may approve or pay (default 0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file whose first line is the password.</source>
        <translation>A file whose first line is the password.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>users add needs one login name</source>
        <translation>users add needs one login name</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+85"/>
        <source>--role takes %1</source>
        <translation>--role takes %1</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+82"/>
        <source>--limit takes an amount such as 50000.00</source>
        <translation>--limit takes an amount such as 50000.00</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>%1 added as %2 (limit %3)
</source>
        <translation>%1 added as %2 (limit %3)
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everyone in the team&apos;s groups.</source>
        <translation>Everyone in the team&apos;s groups.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change a person&apos;s role, limit or access.</source>
        <translation>Change a person&apos;s role, limit or access.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New authority limit.</source>
        <translation>New authority limit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login can no longer connect.</source>
        <translation>The login can no longer connect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login can connect.</source>
        <translation>The login can connect.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>users set needs one login name</source>
        <translation>users set needs one login name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--disable and --enable cannot go together</source>
        <translation>--disable and --enable cannot go together</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>say what to change: --role, --limit, --disable or --enable</source>
        <translation>say what to change: --role, --limit, --disable or --enable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 changed
</source>
        <translation>%1 changed
</translation>
    </message>
    <message>
        <location filename="../app/cli/DbCommand.cpp" line="-24"/>
        <source>check a desk book for damage, or recover what can be read into a new one</source>
        <translation>check a desk book for damage, or recover what can be read into a new one</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>db works on a desk book (--db FILE); a team server keeps its own pages</source>
        <translation>db works on a desk book (--db FILE); a team server keeps its own pages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: claimdesk-cli [--db FILE] db check|recover --out NEW
  check           SQLite&apos;s integrity check of the book
  recover --out NEW  what can be read, into a new book
</source>
        <translation>Usage: claimdesk-cli [--db FILE] db check|recover --out NEW
  check           SQLite&apos;s integrity check of the book
  recover --out NEW  what can be read, into a new book
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>db needs check or recover</source>
        <translation>db needs check or recover</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite&apos;s integrity check of the desk book.</source>
        <translation>SQLite&apos;s integrity check of the desk book.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no damage found</source>
        <translation>%1: no damage found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged:</source>
        <translation>%1 is damaged:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save what can be read of the desk book into a new book.</source>
        <translation>Save what can be read of the desk book into a new book.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new book (a file that does not exist yet).</source>
        <translation>The new book (a file that does not exist yet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>db recover needs --out FILE</source>
        <translation>db recover needs --out FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/InboxCommand.cpp" line="-13"/>
        <source>take in the documents arriving in a watched folder or a mailbox</source>
        <translation>take in the documents arriving in a watched folder or a mailbox</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>folder DIR: the folder to take documents from; imap URL: the mailbox&apos;s server (imaps://HOST[:PORT]).</source>
        <translation>folder DIR: the folder to take documents from; imap URL: the mailbox&apos;s server (imaps://HOST[:PORT]).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take in what has arrived (and settled), then stop (default: keep watching).</source>
        <translation>Take in what has arrived (and settled), then stop (default: keep watching).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imap: the mailbox&apos;s login.</source>
        <translation>imap: the mailbox&apos;s login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imap: the mail folder to take from (default INBOX).</source>
        <translation>imap: the mail folder to take from (default INBOX).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imap: the certificate authorities to trust (default: the system&apos;s).</source>
        <translation>imap: the certificate authorities to trust (default: the system&apos;s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imap: a file whose first line is the password (default: the system keychain).</source>
        <translation>imap: a file whose first line is the password (default: the system keychain).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imap: check the password (--password-file, else standard input) and keep it in the system keychain, then stop.</source>
        <translation>imap: check the password (--password-file, else standard input) and keep it in the system keychain, then stop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imap: remove the kept password, then stop.</source>
        <translation>imap: remove the kept password, then stop.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>inbox needs: folder DIR, or imap URL --user USER</source>
        <translation>inbox needs: folder DIR, or imap URL --user USER</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No password for %1 (%2). Keep one with `claimdesk-cli inbox imap URL --user USER --remember-password`, or give --password-file</source>
        <translation>No password for %1 (%2). Keep one with `claimdesk-cli inbox imap URL --user USER --remember-password`, or give --password-file</translation>
    </message>
    <message>
        <location filename="../app/cli/PortalCommand.cpp" line="-91"/>
        <source>keep insurer portals, file approved claims on them and read their status</source>
        <translation>keep insurer portals, file approved claims on them and read their status</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>portal needs one of: add, list, remove, submit, status</source>
        <translation>portal needs one of: add, list, remove, submit, status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep an insurer portal and its recipe.</source>
        <translation>Keep an insurer portal and its recipe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recipe (JSON).</source>
        <translation>The recipe (JSON).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>The portal&apos;s name.</source>
        <translation>The portal&apos;s name.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>The portal&apos;s address.</source>
        <translation>The portal&apos;s address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login on the portal.</source>
        <translation>The login on the portal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The status a claim moves to once filed (default Pending).</source>
        <translation>The status a claim moves to once filed (default Pending).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file whose first line is the portal&apos;s password, kept in the system keychain.</source>
        <translation>A file whose first line is the portal&apos;s password, kept in the system keychain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the portal as JSON.</source>
        <translation>Print the portal as JSON.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>portal add needs: RECIPE.json --name NAME --url URL --user USER</source>
        <translation>portal add needs: RECIPE.json --name NAME --url URL --user USER</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown status &quot;%1&quot;; known: %2</source>
        <translation>unknown status &quot;%1&quot;; known: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The portal was kept, its password not: %1</source>
        <translation>The portal was kept, its password not: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept the portal %1 (%2)
</source>
        <translation>Kept the portal %1 (%2)
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the insurer portals.</source>
        <translation>List the insurer portals.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove an insurer portal and its kept password.</source>
        <translation>Remove an insurer portal and its kept password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>portal remove needs: NAME</source>
        <translation>portal remove needs: NAME</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No password for the portal %1 (%2). Keep one with `claimdesk-cli portal add ... --password-file FILE`, or set CLAIMDESK_PORTAL_PASSWORD</source>
        <translation>No password for the portal %1 (%2). Keep one with `claimdesk-cli portal add ... --password-file FILE`, or set CLAIMDESK_PORTAL_PASSWORD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File approved claims on an insurer portal.</source>
        <translation>File approved claims on an insurer portal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The claims.</source>
        <translation>The claims.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>The portal.</source>
        <translation>The portal.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>File a claim again that was filed before.</source>
        <translation>File a claim again that was filed before.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>One JSON line per claim.</source>
        <translation>One JSON line per claim.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>portal submit needs: ID... --portal NAME</source>
        <translation>portal submit needs: ID... --portal NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this build has no browser to fill a portal in (built without the GUI)</source>
        <translation>this build has no browser to fill a portal in (built without the GUI)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Read the status of filed claims on an insurer portal.</source>
        <translation>Read the status of filed claims on an insurer portal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One claim (default: every claim filed there).</source>
        <translation>One claim (default: every claim filed there).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>portal status needs: [ID] --portal NAME</source>
        <translation>portal status needs: [ID] --portal NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this build has no browser to read a portal in (built without the GUI)</source>
        <translation>this build has no browser to read a portal in (built without the GUI)</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Decision</name>
    <message>
        <location filename="../core/decision/ClaimSummarizer.cpp" line="+22"/>
        <source>%1 claim %2</source>
        <translation>%1 claim %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> for %1</source>
        <translation> for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> from %1</source>
        <translation> from %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> at %1</source>
        <translation> at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, service on %1</source>
        <translation>, service on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, diagnosis %1</source>
        <translation>, diagnosis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, is %1.</source>
        <translation>, is %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has not been decided yet.</source>
        <translation>It has not been decided yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: run the decision rules on it.</source>
        <translation>Next: run the decision rules on it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rules (version %1) decided %2 at %3 risk (score %4, quality %5), with a reimbursement of %6.</source>
        <translation>The rules (version %1) decided %2 at %3 risk (score %4, quality %5), with a reimbursement of %6.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rules (version %1) stopped it at validation: %2 with quality %3, so nothing is reimbursed.</source>
        <translation>The rules (version %1) stopped it at validation: %2 with quality %3, so nothing is reimbursed.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No risk factor or data problem was found.</source>
        <translation>No risk factor or data problem was found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notable: %1.</source>
        <translation>Notable: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next: pay %1.</source>
        <translation>Next: pay %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: an adjuster reviews the documents within the service level.</source>
        <translation>Next: an adjuster reviews the documents within the service level.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: a senior adjuster or the fraud team reviews it before any payment.</source>
        <translation>Next: a senior adjuster or the fraud team reviews it before any payment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: tell the customer what is missing so the claim can be resubmitted.</source>
        <translation>Next: tell the customer what is missing so the claim can be resubmitted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: complete or correct the claim&apos;s data, then decide again.</source>
        <translation>Next: complete or correct the claim&apos;s data, then decide again.</translation>
    </message>
    <message>
        <location filename="../core/decision/FieldCorrection.cpp" line="+40"/>
        <source>%1: &quot;%2&quot; is not an amount (for example 1,250.00)</source>
        <translation>%1: &quot;%2&quot; is not an amount (for example 1,250.00)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a date (for example 2026-11-21 or 21/11/2569)</source>
        <translation>%1: &quot;%2&quot; is not a date (for example 2026-11-21 or 21/11/2569)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a valid 13-digit national ID (its check digit does not match)</source>
        <translation>%1: &quot;%2&quot; is not a valid 13-digit national ID (its check digit does not match)</translation>
    </message>
    <message>
        <location filename="../core/decision/JsonLinesDecider.cpp" line="+436"/>
        <source>line %1 is longer than the limit of %2; nothing after it was read</source>
        <translation>line %1 is longer than the limit of %2; nothing after it was read</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the input failed: %1</source>
        <translation>Reading the input failed: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source>Writing the output failed: %1</source>
        <translation>Writing the output failed: %1</translation>
    </message>
    <message>
        <location filename="../core/decision/RuleSet.cpp" line="+151"/>
        <source>The rules file is not valid JSON: %1 at character %2</source>
        <translation>The rules file is not valid JSON: %1 at character %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rules file must hold a JSON object</source>
        <translation>The rules file must hold a JSON object</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>version: must be a non-empty text</source>
        <translation>version: must be a non-empty text</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: unknown section</source>
        <translation>%1: unknown section</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: must be an object</source>
        <translation>%1: must be an object</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: unknown key</source>
        <translation>%1: unknown key</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: must be a whole number from %2 to %3</source>
        <translation>%1: must be a whole number from %2 to %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: must be an amount of zero or more, such as &quot;250.00&quot;</source>
        <translation>%1: must be an amount of zero or more, such as &quot;250.00&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: must be a rate from 0 to 1, such as 0.80</source>
        <translation>%1: must be a rate from 0 to 1, such as 0.80</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: must be true or false</source>
        <translation>%1: must be true or false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: must be a list of amounts above zero</source>
        <translation>%1: must be a list of amounts above zero</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: must be a list of words of two letters or more</source>
        <translation>%1: must be a list of words of two letters or more</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>levels.medium_at_least: must not be above levels.high_at_least</source>
        <translation>levels.medium_at_least: must not be above levels.high_at_least</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>risk.elevated_above: must not be above risk.high_amount_at_least</source>
        <translation>risk.elevated_above: must not be above risk.high_amount_at_least</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The rules file has %n problem(s):</source>
        <translation>
            <numerusform>The rules file has %n problem:</numerusform>
            <numerusform>The rules file has %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/decision/RuleText.cpp" line="+15"/>
        <source>%1 risk points</source>
        <translation>%1 risk points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 quality points</source>
        <translation>%1 quality points</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Claim ID is missing (blocking)</source>
        <translation>Claim ID is missing (blocking)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim amount is missing (blocking)</source>
        <translation>Claim amount is missing (blocking)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim amount is not a number (blocking)</source>
        <translation>Claim amount is not a number (blocking)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim amount is zero or negative (blocking)</source>
        <translation>Claim amount is zero or negative (blocking)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim type is missing</source>
        <translation>Claim type is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service date is missing</source>
        <translation>Service date is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service date is not a valid YYYY-MM-DD date</source>
        <translation>Service date is not a valid YYYY-MM-DD date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagnosis code is missing</source>
        <translation>Diagnosis code is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Amount is above %1</source>
        <translation>Amount is above %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Line items do not add up to the claim amount (off by more than %1)</source>
        <translation>Line items do not add up to the claim amount (off by more than %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service date is after the evaluation date</source>
        <translation>Service date is after the evaluation date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider name given</source>
        <translation>Provider name given</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Treatment notes given</source>
        <translation>Treatment notes given</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line items given</source>
        <translation>Line items given</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected: a blocking issue stops the claim; reimbursement 0.00</source>
        <translation>Rejected: a blocking issue stops the claim; reimbursement 0.00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantined: quality score below %1 needs data clean-up; reimbursement 0.00</source>
        <translation>Quarantined: quality score below %1 needs data clean-up; reimbursement 0.00</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out-of-network: reimbursement x %1 (deductible %2, rate %3)</source>
        <translation>Out-of-network: reimbursement x %1 (deductible %2, rate %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority HIGH: emergency</source>
        <translation>Priority HIGH: emergency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority HIGH: amount %1 or more</source>
        <translation>Priority HIGH: amount %1 or more</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority MEDIUM: amount above %1</source>
        <translation>Priority MEDIUM: amount above %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority LOW: amount %1 or less</source>
        <translation>Priority LOW: amount %1 or less</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount is %1 or more</source>
        <translation>Amount is %1 or more</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Out-of-network provider</source>
        <translation>Out-of-network provider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount is a suspiciously round figure</source>
        <translation>Amount is a suspiciously round figure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency claim</source>
        <translation>Emergency claim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quality score below %1</source>
        <translation>Quality score below %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A service or bill date is outside the claimant&apos;s policy period</source>
        <translation>A service or bill date is outside the claimant&apos;s policy period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bill is from a merchant that is not a medical provider</source>
        <translation>A bill is from a merchant that is not a medical provider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bill is more than %1 days older than the claim</source>
        <translation>A bill is more than %1 days older than the claim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same bill is on another claim</source>
        <translation>The same bill is on another claim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HIGH risk (%1 points or more): manual review by a senior adjuster</source>
        <translation>HIGH risk (%1 points or more): manual review by a senior adjuster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MEDIUM risk (%1 to %2 points): standard review</source>
        <translation>MEDIUM risk (%1 to %2 points): standard review</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LOW risk, amount %1 or less, in network, no data issue: approved automatically</source>
        <translation>LOW risk, amount %1 or less, in network, no data issue: approved automatically</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LOW risk but not eligible for auto-approval (amount above %1, out of network or a data issue): standard review</source>
        <translation>LOW risk but not eligible for auto-approval (amount above %1, out of network or a data issue): standard review</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an unnamed merchant</source>
        <translation>an unnamed merchant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service date %1 is outside the policy period (%2)</source>
        <translation>The service date %1 is outside the policy period (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bill of %1 dated %2 is outside the policy period (%3)</source>
        <translation>The bill of %1 dated %2 is outside the policy period (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a medical provider (if it is, add it to the rules&apos; provider list)</source>
        <translation>%1 is not a medical provider (if it is, add it to the rules&apos; provider list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bill of %1 dated %2 is %3 days older than the claim; the window is %4 days</source>
        <translation>The bill of %1 dated %2 is %3 days older than the claim; the window is %4 days</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bill of %1 dated %2 is also on claim %3</source>
        <translation>The bill of %1 dated %2 is also on claim %3</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Domain</name>
    <message>
        <location filename="../core/domain/AuditAction.cpp" line="+28"/>
        <source>Created</source>
        <comment>audit action</comment>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <comment>audit action</comment>
        <translation>Status changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo</source>
        <comment>audit action</comment>
        <translation>Memo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail edited</source>
        <comment>audit action</comment>
        <translation>Detail edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation</source>
        <comment>audit action</comment>
        <translation>Escalation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <comment>audit action</comment>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document attached</source>
        <comment>audit action</comment>
        <translation>Document attached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document read</source>
        <comment>audit action</comment>
        <translation>Document read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document marked</source>
        <comment>audit action</comment>
        <translation>Document marked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field corrected</source>
        <comment>audit action</comment>
        <translation>Field corrected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection booked</source>
        <comment>audit action</comment>
        <translation>Inspection booked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence owner</source>
        <comment>audit action</comment>
        <translation>Licence owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation ended</source>
        <comment>audit action</comment>
        <translation>Conversation ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy checked</source>
        <comment>audit action</comment>
        <translation>Policy checked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model&apos;s decision accepted</source>
        <comment>audit action</comment>
        <translation>Model&apos;s decision accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document refused</source>
        <comment>audit action</comment>
        <translation>Document refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <comment>audit action</comment>
        <translation>Assigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal step</source>
        <comment>audit action</comment>
        <translation>Portal step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed on portal</source>
        <comment>audit action</comment>
        <translation>Filed on portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal status</source>
        <comment>audit action</comment>
        <translation>Portal status</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Other</source>
        <comment>audit action</comment>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../core/domain/AuditText.cpp" line="+33"/>
        <source>the queue</source>
        <translation>the queue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Document %1 read as %2, %n field(s)</source>
        <translation>
            <numerusform>Document %1 read as %2, %n field</numerusform>
            <numerusform>Document %1 read as %2, %n fields</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Useful</source>
        <translation>Useful</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not useful</source>
        <translation>Not useful</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The claimant&apos;s</source>
        <translation>The claimant&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other party&apos;s</source>
        <translation>The other party&apos;s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n item(s) checked, %1 excluded</source>
        <translation>
            <numerusform>%n item checked, %1 excluded</numerusform>
            <numerusform>%n items checked, %1 excluded</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled by the customer</source>
        <translation>Cancelled by the customer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edited: %1</source>
        <translation>Edited: %1</translation>
    </message>
    <message>
        <location filename="../core/domain/ClaimTypes.cpp" line="+47"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Car damage</source>
        <translation>Car damage</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under Review</source>
        <translation>Under Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Auto-approve</source>
        <translation>Auto-approve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard review</source>
        <translation>Standard review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual review</source>
        <translation>Manual review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../core/domain/DocumentCategory.cpp" line="+31"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Itemized bill</source>
        <translation>Itemized bill</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical certificate</source>
        <translation>Medical certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discharge summary</source>
        <translation>Discharge summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen ID card</source>
        <translation>Citizen ID card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle registration</source>
        <translation>Vehicle registration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle damage photo</source>
        <translation>Vehicle damage photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accident location photo</source>
        <translation>Accident location photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal confirmation</source>
        <translation>Portal confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown document</source>
        <translation>Unknown document</translation>
    </message>
    <message>
        <location filename="../core/domain/FieldLabels.cpp" line="+15"/>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total paid</source>
        <translation>Total paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing number</source>
        <translation>Billing number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Thai)</source>
        <translation>Name (Thai)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence number</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate number</source>
        <translation>Plate number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle type</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chassis number</source>
        <translation>Chassis number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine number</source>
        <translation>Engine number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model year</source>
        <translation>Model year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged</source>
        <translation>Discharged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo taken</source>
        <translation>Photo taken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In network</source>
        <translation>In network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis code</source>
        <translation>Diagnosis code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatment notes</source>
        <translation>Treatment notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claimant&apos;s national ID</source>
        <translation>Claimant&apos;s national ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service date</source>
        <translation>Service date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prior approval</source>
        <translation>Prior approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line items</source>
        <translation>Line items</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Item %1 amount</source>
        <translation>Item %1 amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location filename="../core/domain/PortalSubmission.cpp" line="+19"/>
        <source>Filing</source>
        <translation>Filing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../core/domain/TeamRole.cpp" line="+20"/>
        <source>Adjuster</source>
        <translation>Adjuster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Export</name>
    <message>
        <location filename="../core/export/ClaimCsvExport.cpp" line="+17"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Claim ID</source>
        <translation>Claim ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/export/ClaimDossier.cpp" line="+128"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/export/ClaimDossier.cpp" line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/export/ClaimDossier.cpp" line="+1"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/export/ClaimDossier.cpp" line="+20"/>
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/export/ClaimDossier.cpp" line="+1"/>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reimbursement</source>
        <translation>Reimbursement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/export/ClaimDossier.cpp" line="-18"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/export/ClaimDossier.cpp" line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Treatment notes</source>
        <translation>Treatment notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/export/ClaimDossier.cpp" line="+1"/>
        <source>Service date</source>
        <translation>Service date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line items</source>
        <translation>Line items</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In network</source>
        <translation>In network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prior approval</source>
        <translation>Prior approval</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk score</source>
        <translation>Risk score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/export/ClaimDossier.cpp" line="-46"/>
        <location line="+72"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/export/ClaimDossier.cpp" line="-15"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The CSV file could not be written: %1</source>
        <translation>The CSV file could not be written: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the export was cancelled</source>
        <translation>the export was cancelled</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>writing the CSV failed: %1</source>
        <translation>writing the CSV failed: %1</translation>
    </message>
    <message>
        <location filename="../core/export/ClaimDossier.cpp" line="-117"/>
        <location line="+108"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Risk %1 (score %2), quality %3, reimbursement %4, rule set %5</source>
        <translation>Risk %1 (score %2), quality %3, reimbursement %4, rule set %5</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+5"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Claim dossier printed %1 by ClaimDesk</source>
        <translation>Claim dossier printed %1 by ClaimDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amount claimed</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet known</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Billed items</source>
        <translation>Billed items</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claimant and policy</source>
        <translation>Claimant and policy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written from the claim and its decision (not by a model).</source>
        <translation>Written from the claim and its decision (not by a model).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The claim has not been decided yet.</source>
        <translation>The claim has not been decided yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No national ID on the claim: the policy cannot be verified.</source>
        <translation>No national ID on the claim: the policy cannot be verified.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(as of %1)</source>
        <translation>(as of %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-patient limit</source>
        <translation>In-patient limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-patient limit</source>
        <translation>Out-patient limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room per night</source>
        <translation>Room per night</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deductible</source>
        <translation>Deductible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No documents on this claim.</source>
        <translation>No documents on this claim.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not marked</source>
        <translation>not marked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>useful</source>
        <translation>useful</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not useful</source>
        <translation>not useful</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, uploaded %2, %3</source>
        <translation>%1, uploaded %2, %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(read by the model)</source>
        <translation>(read by the model)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the model read &quot;%1&quot;)</source>
        <translation>(the model read &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../core/export/ClaimExportJob.cpp" line="+31"/>
        <location line="+14"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Extract</name>
    <message numerus="yes">
        <location filename="../core/extract/DocumentClassifier.cpp" line="+148"/>
        <source>a photo with little text (%n readable words)</source>
        <translation>
            <numerusform>a photo with little text (%n readable words)</numerusform>
            <numerusform>a photo with little text (%n readable words)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no title or label words of a known document</source>
        <translation>no title or label words of a known document</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This document was not recognised. Please send one of: %1.</source>
        <translation>This document was not recognised. Please send one of: %1.</translation>
    </message>
    <message>
        <location filename="../core/extract/DocumentReader.cpp" line="+60"/>
        <source>%1 is a JPEG image that is cut short (damaged or not fully copied).</source>
        <translation>%1 is a JPEG image that is cut short (damaged or not fully copied).</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 of %2 pages were not read: reading the document took longer than the limit of %3 s.</source>
        <translation>%1 of %2 pages were not read: reading the document took longer than the limit of %3 s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not read: reading it took longer than the limit of %2 s for one document.</source>
        <translation>%1 was not read: reading it took longer than the limit of %2 s for one document.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No OCR engine for page %1.</source>
        <translation>No OCR engine for page %1.</translation>
    </message>
    <message>
        <location filename="../core/extract/ExtractionJob.cpp" line="+86"/>
        <location line="+110"/>
        <source>Canceled.</source>
        <translation>Canceled.</translation>
    </message>
    <message>
        <location filename="../core/extract/MerchantModel.cpp" line="+42"/>
        <source>The learned weights that choose a receipt&apos;s merchant could not be read; the written ones are used.</source>
        <translation>The learned weights that choose a receipt&apos;s merchant could not be read; the written ones are used.</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Filing</name>
    <message>
        <location filename="../core/filing/PortalDirectory.cpp" line="+24"/>
        <source>A portal&apos;s name is 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>A portal&apos;s name is 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a portal address (https://host/...)</source>
        <translation>&quot;%1&quot; is not a portal address (https://host/...)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not encrypted: a portal is reached over https</source>
        <translation>&quot;%1&quot; is not encrypted: a portal is reached over https</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The portal&apos;s login is missing</source>
        <translation>The portal&apos;s login is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recipe is refused: %1</source>
        <translation>The recipe is refused: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The recipe %1 cannot be read: %2</source>
        <translation>The recipe %1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../core/filing/PortalFilingJob.cpp" line="+189"/>
        <source>no folder for the claim&apos;s documents: %1</source>
        <translation>no folder for the claim&apos;s documents: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%1 kept failing; not tried again for %n second(s)</source>
        <translation>
            <numerusform>%1 kept failing; not tried again for %n second(s)</numerusform>
            <numerusform>%1 kept failing; not tried again for %n second(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>an earlier run may have filed it, and the status page could not be read (%1); not filed again</source>
        <translation>an earlier run may have filed it, and the status page could not be read (%1); not filed again</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1; trying again in %n second(s)</source>
        <translation>
            <numerusform>%1; trying again in %n second(s)</numerusform>
            <numerusform>%1; trying again in %n second(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>what the portal answered could not be recorded: %1</source>
        <translation>what the portal answered could not be recorded: %1</translation>
    </message>
    <message>
        <location filename="../core/filing/PortalFilings.cpp" line="+84"/>
        <source>Could not write %1 for the portal: %2</source>
        <translation>Could not write %1 for the portal: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2; only an approved claim is filed on a portal</source>
        <translation>%1 is %2; only an approved claim is filed on a portal</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>the confirmation was not kept on the claim: %1</source>
        <translation>the confirmation was not kept on the claim: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the claim&apos;s status was not moved: %1</source>
        <translation>the claim&apos;s status was not moved: %1</translation>
    </message>
    <message>
        <location filename="../core/filing/PortalFilingJob.cpp" line="-195"/>
        <location filename="../core/filing/PortalFilings.cpp" line="+66"/>
        <source>The recipe of %1 is refused: %2</source>
        <translation>The recipe of %1 is refused: %2</translation>
    </message>
    <message>
        <location filename="../core/filing/PortalFilings.cpp" line="+41"/>
        <source>%1 is being filed on %2 by another run; try again later</source>
        <translation>%1 is being filed on %2 by another run; try again later</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The portal&apos;s reference is needed to record a claim filed by hand</source>
        <translation>The portal&apos;s reference is needed to record a claim filed by hand</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 was not filed on %2</source>
        <translation>%1 was not filed on %2</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Inbox</name>
    <message>
        <location filename="../core/inbox/FolderInbox.cpp" line="+134"/>
        <source>The inbox folder %1 does not exist</source>
        <translation>The inbox folder %1 does not exist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The inbox folder %1 cannot be read</source>
        <translation>The inbox folder %1 cannot be read</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Another process (%1, process %2 on %3) is taking from %4; if it has stopped, remove %5</source>
        <translation>Another process (%1, process %2 on %3) is taking from %4; if it has stopped, remove %5</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>From the inbox %1.</source>
        <translation>From the inbox %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/inbox/MailInbox.cpp" line="+281"/>
        <source>stopped before it was all taken in; the rest is taken next time</source>
        <translation>stopped before it was all taken in; the rest is taken next time</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../core/inbox/MailInbox.cpp" line="+33"/>
        <source>%1 is stored but could not be read: %2</source>
        <translation>%1 is stored but could not be read: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 could not be moved: cannot create %2</source>
        <translation>%1 could not be moved: cannot create %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 could not be moved to %2</source>
        <translation>%1 could not be moved to %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is no longer in %2</source>
        <translation>%1 is no longer in %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be put back in %2</source>
        <translation>%1 could not be put back in %2</translation>
    </message>
    <message>
        <location filename="../core/inbox/InboxWatch.cpp" line="+232"/>
        <source>No password for the mailbox %1 (%2): give it again in Settings &gt; Inbox</source>
        <translation>No password for the mailbox %1 (%2): give it again in Settings &gt; Inbox</translation>
    </message>
    <message>
        <location filename="../core/inbox/MailInbox.cpp" line="-260"/>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (message %2)</source>
        <translation>%1 (message %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 could not be written to %2: %3</source>
        <translation>%1 could not be written to %2: %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The lock file %1 cannot be written</source>
        <translation>The lock file %1 cannot be written</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another process (%1, process %2) is taking from the mailbox %3</source>
        <translation>Another process (%1, process %2) is taking from the mailbox %3</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>message %1</source>
        <translation>message %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Message %1 was taken or set aside meanwhile</source>
        <translation>Message %1 was taken or set aside meanwhile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taking this message stopped part way three times (the program stopped while it was being taken)</source>
        <translation>Taking this message stopped part way three times (the program stopped while it was being taken)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is %1 MB, larger than the %2 MB a message may be</source>
        <translation>The message is %1 MB, larger than the %2 MB a message may be</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The mail server does not keep ClaimDesk&apos;s marks on messages: what is taken cannot be recorded</source>
        <translation>The mail server does not keep ClaimDesk&apos;s marks on messages: what is taken cannot be recorded</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The message has more than %1 parts, or parts nested more than %2 deep</source>
        <translation>The message has more than %1 parts, or parts nested more than %2 deep</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message has no attachment or image to take in</source>
        <translation>The message has no attachment or image to take in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No temporary folder for the attachments</source>
        <translation>No temporary folder for the attachments</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From the inbox %1: &quot;%2&quot; from %3.</source>
        <translation>From the inbox %1: &quot;%2&quot; from %3.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>From: %1
Subject: %2

%3</source>
        <translation>From: %1
Subject: %2

%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not a message</source>
        <translation>Not a message</translation>
    </message>
    <message>
        <location filename="../core/inbox/MailPasswords.cpp" line="+42"/>
        <source>The mail server took the password, but the keychain did not keep it: %1</source>
        <translation>The mail server took the password, but the keychain did not keep it: %1</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Intake</name>
    <message>
        <location filename="../core/intake/DocumentImporter.cpp" line="+114"/>
        <source>Choose a claim, or the type of a new claim, for the documents</source>
        <translation>Choose a claim, or the type of a new claim, for the documents</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 does not exist or is not a file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 is larger than %2 MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a supported document (%2); use JPEG, PNG, WebP, TIFF or PDF</source>
        <translation>%1 is not a supported document (%2); use JPEG, PNG, WebP, TIFF or PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The documents did not tell the claim&apos;s type: a health claim was assumed. Check it.</source>
        <translation>The documents did not tell the claim&apos;s type: a health claim was assumed. Check it.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The claim&apos;s details could not follow its documents: %1</source>
        <translation>The claim&apos;s details could not follow its documents: %1</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeReplyPhraser.cpp" line="+91"/>
        <source>the model answered with nothing</source>
        <translation>the model answered with nothing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s wording dropped %1</source>
        <translation>the model&apos;s wording dropped %1</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeSession.cpp" line="+154"/>
        <source>The intake cannot open the database: %1</source>
        <translation>The intake cannot open the database: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The conversation could not be loaded: %1</source>
        <translation>The conversation could not be loaded: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the database is not open</source>
        <translation>the database is not open</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A new conversation could not be started: %1</source>
        <translation>A new conversation could not be started: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The intake is not connected to a database.</source>
        <translation>The intake is not connected to a database.</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::IntakeSpeech</name>
    <message>
        <location filename="../core/intake/IntakeEngine.cpp" line="+184"/>
        <source>Document: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+695"/>
        <source>Submit the claim</source>
        <translation>Submit the claim</translation>
    </message>
    <message>
        <location line="-683"/>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 is stored on your claim, but I could not note it in our conversation: %2. There is no need to send it again.</source>
        <translation>%1 is stored on your claim, but I could not note it in our conversation: %2. There is no need to send it again.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose car damage or health.</source>
        <translation>Choose car damage or health.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I could not read that time; choose one of the proposed times.</source>
        <translation>I could not read that time; choose one of the proposed times.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sorry, I could not save that: %1. Nothing you sent before is lost; please try again in a moment.</source>
        <translation>Sorry, I could not save that: %1. Nothing you sent before is lost; please try again in a moment.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hello, I am ClaimDesk&apos;s claims assistant. Tell me what happened: a car accident or damage, or an illness or injury. I will open the claim and tell you which documents I need.</source>
        <translation>Hello, I am ClaimDesk&apos;s claims assistant. Tell me what happened: a car accident or damage, or an illness or injury. I will open the claim and tell you which documents I need.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Is this about damage to a car, or about a health claim (illness, injury, a hospital stay)?</source>
        <translation>Is this about damage to a car, or about a health claim (illness, injury, a hospital stay)?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your message was empty. Type a message, or drop a document here.</source>
        <translation>Your message was empty. Type a message, or drop a document here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your message is %1 characters long; please keep it under %2 and send the details in parts.</source>
        <translation>Your message is %1 characters long; please keep it under %2 and send the details in parts.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Thank you, I have your ID number. </source>
        <translation>Thank you, I have your ID number. </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your message speaks of both a car and a health matter. </source>
        <translation>Your message speaks of both a car and a health matter. </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This conversation is already about claim %1 (%2). To file another claim, type &quot;restart&quot;. </source>
        <translation>This conversation is already about claim %1 (%2). To file another claim, type &quot;restart&quot;. </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>I have opened %1 claim %2 for you. </source>
        <translation>I have opened %1 claim %2 for you. </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A claims officer will contact you about it. </source>
        <translation>A claims officer will contact you about it. </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Before I check your policy: </source>
        <translation>Before I check your policy: </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your policy is already verified. </source>
        <translation>Your policy is already verified. </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a national ID number: it must have 13 digits (spaces and dashes are fine). </source>
        <translation>%1 is not a national ID number: it must have 13 digits (spaces and dashes are fine). </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>I could not read the ID number on it; please type your 13-digit national ID. </source>
        <translation>I could not read the ID number on it; please type your 13-digit national ID. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I read your ID number from it. </source>
        <translation>I read your ID number from it. </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before I take documents I need to know the kind of claim. </source>
        <translation>Before I take documents I need to know the kind of claim. </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First tell me whose driving licence the last one was; then send %1 again. </source>
        <translation>First tell me whose driving licence the last one was; then send %1 again. </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I cannot open %1: the file is missing or cannot be read. </source>
        <translation>I cannot open %1: the file is missing or cannot be read. </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a document I can read (%2). Send a photo or scan as JPEG, PNG, WebP, TIFF or PDF. </source>
        <translation>%1 is not a document I can read (%2). Send a photo or scan as JPEG, PNG, WebP, TIFF or PDF. </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of %1 was stopped. </source>
        <translation>The upload of %1 was stopped. </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I could not store %1: %2 </source>
        <translation>I could not store %1: %2 </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>I already have %1 on this claim. </source>
        <translation>I already have %1 on this claim. </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I stored %1 but could not read it (%2). Please send a sharper photo or a scan. </source>
        <translation>I stored %1 but could not read it (%2). Please send a sharper photo or a scan. </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>I read %1 as a %2. </source>
        <translation>I read %1 as a %2. </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I could not recognise %1 as one of the documents this claim needs. I accept: %2. Please send a clear photo or scan of one of them. </source>
        <translation>I could not recognise %1 as one of the documents this claim needs. I accept: %2. Please send a clear photo or scan of one of them. </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Received: %1.</source>
        <translation>Received: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I read: %1.</source>
        <translation>I read: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I already have both drivers&apos; licences (yours and the other party&apos;s), so I have not counted %1. </source>
        <translation>I already have both drivers&apos; licences (yours and the other party&apos;s), so I have not counted %1. </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Is this driving licence yours, or the other party&apos;s?</source>
        <translation>Is this driving licence yours, or the other party&apos;s?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other party&apos;s</source>
        <translation>The other party&apos;s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no driving licence waiting for its owner. </source>
        <translation>There is no driving licence waiting for its owner. </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I already have %1 driving licence; each side can have only one. </source>
        <translation>I already have %1 driving licence; each side can have only one. </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Noted: that driving licence is %1. </source>
        <translation>Noted: that driving licence is %1. </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no claim to submit yet. </source>
        <translation>There is no claim to submit yet. </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before submitting, tell me whose driving licence the last one was. </source>
        <translation>Before submitting, tell me whose driving licence the last one was. </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The claim cannot be submitted yet; still missing: %1.</source>
        <translation>The claim cannot be submitted yet; still missing: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All documents are here, but your policy is not verified yet. Please type your 13-digit national ID number.</source>
        <translation>All documents are here, but your policy is not verified yet. Please type your 13-digit national ID number.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Claim %1 is submitted. An adjuster will review it; you can ask me &quot;where is my claim&quot; at any time.</source>
        <translation>Claim %1 is submitted. An adjuster will review it; you can ask me &quot;where is my claim&quot; at any time.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled; let us start again. </source>
        <translation>Cancelled; let us start again. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim %1 was already submitted and stays with the adjusters. </source>
        <translation>Claim %1 was already submitted and stays with the adjusters. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim %1 stays on file with what you sent, but it is not submitted. </source>
        <translation>Claim %1 stays on file with what you sent, but it is not submitted. </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I have no claim in this conversation yet. Tell me the claim ID (for example H-20260129-000001), or what happened to file a new claim. </source>
        <translation>I have no claim in this conversation yet. Tell me the claim ID (for example H-20260129-000001), or what happened to file a new claim. </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I cannot find claim %1. Please check the ID. </source>
        <translation>I cannot find claim %1. Please check the ID. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim %1 (%2) is not submitted yet: it is waiting for the steps below. </source>
        <translation>Claim %1 (%2) is not submitted yet: it is waiting for the steps below. </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Claim %1 (%2) is: %3. </source>
        <translation>Claim %1 (%2) is: %3. </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A claims officer has been asked to contact you. </source>
        <translation>A claims officer has been asked to contact you. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inspection booked for %1. </source>
        <translation>Inspection booked for %1. </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A claims officer will contact you once the claim is open. </source>
        <translation>A claims officer will contact you once the claim is open. </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have asked a claims officer to contact you about claim %1; it is flagged in their queue. </source>
        <translation>I have asked a claims officer to contact you about claim %1; it is flagged in their queue. </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <source>To book an inspection I first need to open the claim. </source>
        <translation>To book an inspection I first need to open the claim. </translation>
    </message>
    <message>
        <location line="-19"/>
        <source>When can the inspector come? Choose a time, or ask a claims officer for another one.</source>
        <translation>When can the inspector come? Choose a time, or ask a claims officer for another one.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That time has passed; choose a time from tomorrow on. </source>
        <translation>That time has passed; choose a time from tomorrow on. </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The inspection for claim %1 is booked for %2. </source>
        <translation>The inspection for claim %1 is booked for %2. </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which treatment, medicine or repair do you want to know about? </source>
        <translation>Which treatment, medicine or repair do you want to know about? </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Documents: %1 of %2 required.</source>
        <translation>Documents: %1 of %2 required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still needed: %1.</source>
        <translation>Still needed: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Claim %1 is submitted; you can still send more documents for it.</source>
        <translation>Claim %1 is submitted; you can still send more documents for it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please type your 13-digit national ID number, or send a photo of your ID card, so I can check your policy.</source>
        <translation>Please type your 13-digit national ID number, or send a photo of your ID card, so I can check your policy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything is here: press Submit to hand in the claim.</source>
        <translation>Everything is here: press Submit to hand in the claim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop the documents here or use Attach.</source>
        <translation>Drop the documents here or use Attach.</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeWording.cpp" line="+32"/>
        <source>yours</source>
        <translation>yours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the other party&apos;s</source>
        <translation>the other party&apos;s</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item(s)</numerusform>
            <numerusform>%n item(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>I found no %1 policy for the ID number ending %2. Please check the number, or send a photo of your ID card. </source>
        <translation>I found no %1 policy for the ID number ending %2. Please check the number, or send a photo of your ID card. </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy %1 expired on %2, so it does not cover a claim made today. A claims officer can help if you think this is wrong. </source>
        <translation>Policy %1 expired on %2, so it does not cover a claim made today. A claims officer can help if you think this is wrong. </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy %1 is not active. A claims officer can tell you why. </source>
        <translation>Policy %1 is not active. A claims officer can tell you why. </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy %1 is in force from %2 to %3, and today is outside that period. </source>
        <translation>Policy %1 is in force from %2 to %3, and today is outside that period. </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>plan %1, in-patient cover %2 baht, out-patient cover %3 baht</source>
        <translation>plan %1, in-patient cover %2 baht, out-patient cover %3 baht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cover for %2 %3 (%4), up to %5 baht, deductible %6 baht</source>
        <translation>%1 cover for %2 %3 (%4), up to %5 baht, deductible %6 baht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy %1 verified for %2: %3, valid until %4. </source>
        <translation>Policy %1 verified for %2: %3, valid until %4. </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(The ID number&apos;s check digit does not match; an adjuster will confirm it.) </source>
        <translation>(The ID number&apos;s check digit does not match; an adjuster will confirm it.) </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I found no clause about &quot;%1&quot; in the policy; an adjuster will answer that when reviewing the claim. </source>
        <translation>I found no clause about &quot;%1&quot; in the policy; an adjuster will answer that when reviewing the claim. </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>covered</source>
        <translation>covered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not covered</source>
        <translation>not covered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &quot;%1&quot;: %2 under clause %3: &quot;%4&quot; </source>
        <translation>About &quot;%1&quot;: %2 under clause %3: &quot;%4&quot; </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Covered alternatives: %1. </source>
        <translation>Covered alternatives: %1. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The adjuster decides on the claim itself. </source>
        <translation>The adjuster decides on the claim itself. </translation>
    </message>
    <message>
        <location filename="../core/intake/DocumentChecklist.cpp" line="+93"/>
        <source>Driving licence (yours)</source>
        <translation>Driving licence (yours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driving licence (other party)</source>
        <translation>Driving licence (other party)</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Llm</name>
    <message>
        <location filename="../core/llm/JsonSchema.cpp" line="+49"/>
        <source>%1: expected %2</source>
        <translation>%1: expected %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not one of %3</source>
        <translation>%1: %2 is not one of %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: below the minimum %2</source>
        <translation>%1: below the minimum %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: above the maximum %2</source>
        <translation>%1: above the maximum %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: shorter than %2 characters</source>
        <translation>%1: shorter than %2 characters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: longer than %2 characters</source>
        <translation>%1: longer than %2 characters</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: more than %2 items</source>
        <translation>%1: more than %2 items</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the required field &quot;%2&quot; is missing</source>
        <translation>%1: the required field &quot;%2&quot; is missing</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: a field that is not in the schema</source>
        <translation>%1: a field that is not in the schema</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the answer is not JSON</source>
        <translation>the answer is not JSON</translation>
    </message>
    <message>
        <location filename="../core/llm/LlmEmbeddingProvider.cpp" line="+36"/>
        <source>the configured provider gives no embeddings (set an embedding model in Settings &gt; Model)</source>
        <translation>the configured provider gives no embeddings (set an embedding model in Settings &gt; Model)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the embedding model answered vectors of differing lengths</source>
        <translation>the embedding model answered vectors of differing lengths</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the embedding model&apos;s answer is not one vector per text of one length</source>
        <translation>the embedding model&apos;s answer is not one vector per text of one length</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>embeddings failed: %1</source>
        <translation>embeddings failed: %1</translation>
    </message>
    <message>
        <location filename="../core/llm/ProviderConfig.cpp" line="+115"/>
        <source>no Azure deployment name is set</source>
        <translation>no Azure deployment name is set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no model name is set</source>
        <translation>no model name is set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure OpenAI needs the resource URL (https://NAME.openai.azure.com)</source>
        <translation>Azure OpenAI needs the resource URL (https://NAME.openai.azure.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model server URL %1 is not valid</source>
        <translation>the model server URL %1 is not valid</translation>
    </message>
    <message>
        <location filename="../core/llm/ApiFormat.cpp" line="+35"/>
        <source>the model server&apos;s reply is not JSON (%1)</source>
        <translation>the model server&apos;s reply is not JSON (%1)</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+95"/>
        <source>the model server&apos;s reply has no answer text</source>
        <translation>the model server&apos;s reply has no answer text</translation>
    </message>
    <message>
        <location filename="../core/llm/ApiKeyStore.cpp" line="+21"/>
        <source>no key is stored in the keychain</source>
        <translation>no key is stored in the keychain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; set %2 instead</source>
        <translation>%1; set %2 instead</translation>
    </message>
    <message>
        <location filename="../core/llm/LlmCall.cpp" line="+55"/>
        <source>no model is configured (offline mode)</source>
        <translation>no model is configured (offline mode)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model settings are incomplete: %1</source>
        <translation>the model settings are incomplete: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no API key for %1: store one in Settings &gt; Model, or set CLAIMDESK_LLM_API_KEY</source>
        <translation>no API key for %1: store one in Settings &gt; Model, or set CLAIMDESK_LLM_API_KEY</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the model server failed several times in a row; calls are paused for %1 s</source>
        <translation>the model server failed several times in a row; calls are paused for %1 s</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the model server&apos;s reply is too large</source>
        <translation>the model server&apos;s reply is too large</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot reach the model server: %1</source>
        <translation>cannot reach the model server: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the model server refused the API key (HTTP %1): %2</source>
        <translation>the model server refused the API key (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model server answered HTTP %1: %2</source>
        <translation>the model server answered HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the model server reported an error mid-answer: %1</source>
        <translation>the model server reported an error mid-answer: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer stream was cut off before its end</source>
        <translation>the answer stream was cut off before its end</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the model&apos;s answer did not have the expected form: %1</source>
        <translation>the model&apos;s answer did not have the expected form: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (no time left to try again)</source>
        <translation>%1 (no time left to try again)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model server went silent for %1 s</source>
        <translation>the model server went silent for %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not connect to the model server within %1 s</source>
        <translation>could not connect to the model server within %1 s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no complete answer within %1 s</source>
        <translation>no complete answer within %1 s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../core/llm/LlmDecisionAgent.cpp" line="+92"/>
        <source>agent mode needs a configured model</source>
        <translation>agent mode needs a configured model</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the %1 step failed: %2</source>
        <translation>the %1 step failed: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the model gave no decision ClaimDesk knows</source>
        <translation>the model gave no decision ClaimDesk knows</translation>
    </message>
    <message>
        <location filename="../core/llm/LlmPolicyReasoner.cpp" line="+75"/>
        <source>the claim has no items or notes to check yet</source>
        <translation>the claim has no items or notes to check yet</translation>
    </message>
    <message>
        <location filename="../core/llm/LlmSummarizer.cpp" line="+21"/>
        <source>the model&apos;s summary was empty</source>
        <translation>the model&apos;s summary was empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model&apos;s summary was far too long</source>
        <translation>the model&apos;s summary was far too long</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model answered with code instead of a summary</source>
        <translation>the model answered with code instead of a summary</translation>
    </message>
    <message>
        <location filename="../core/llm/PriceTable.cpp" line="+77"/>
        <source>the price table is not a JSON object (%1)</source>
        <translation>the price table is not a JSON object (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the price of %1 needs &quot;in&quot; and &quot;out&quot; as decimal strings such as &quot;2.50&quot;</source>
        <translation>the price of %1 needs &quot;in&quot; and &quot;out&quot; as decimal strings such as &quot;2.50&quot;</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Logging</name>
    <message>
        <location filename="../core/logging/LogCategories.cpp" line="+44"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document reading</source>
        <translation>Document reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document sorting</source>
        <translation>Document sorting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language model</source>
        <translation>Language model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Mail</name>
    <message>
        <location filename="../core/mail/ImapMailbox.cpp" line="+55"/>
        <source>The mail server address %1 must not hold a login or folder: give them apart</source>
        <translation>The mail server address %1 must not hold a login or folder: give them apart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mailbox needs a login</source>
        <translation>The mailbox needs a login</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The mail server must be given as imaps://HOST[:PORT]</source>
        <translation>The mail server must be given as imaps://HOST[:PORT]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail folder &quot;%1&quot; cannot be used: give one whose name is plain ASCII, without quotes or backslashes</source>
        <translation>The mail folder &quot;%1&quot; cannot be used: give one whose name is plain ASCII, without quotes or backslashes</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The mail library could not start</source>
        <translation>The mail library could not start</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The mailbox of %1 on %2 has no folder &quot;%3&quot;</source>
        <translation>The mailbox of %1 on %2 has no folder &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mail server %1 refused the login %2: is the password right?</source>
        <translation>The mail server %1 refused the login %2: is the password right?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The mail server %1 cannot be reached: %2</source>
        <translation>The mail server %1 cannot be reached: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No safe connection to the mail server %1: %2</source>
        <translation>No safe connection to the mail server %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server %1 no longer has this message in &quot;%2&quot;: %3</source>
        <translation>The mail server %1 no longer has this message in &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is larger than the %1 MB a message may be</source>
        <translation>The message is larger than the %1 MB a message may be</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mail server %1 answered: %2</source>
        <translation>The mail server %1 answered: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The mail server %1 keeps no marks of ClaimDesk&apos;s on the messages of &quot;%2&quot; (it does not allow keywords there): ClaimDesk could not record what it took</source>
        <translation>The mail server %1 keeps no marks of ClaimDesk&apos;s on the messages of &quot;%2&quot; (it does not allow keywords there): ClaimDesk could not record what it took</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+17"/>
        <source>Message %1 is no longer in the folder &quot;%2&quot;</source>
        <translation>Message %1 is no longer in the folder &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/mail/MailMessage.cpp" line="+228"/>
        <source>The message nests more than %1 parts</source>
        <translation>The message nests more than %1 parts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a mail message (it has no headers)</source>
        <translation>This is not a mail message (it has no headers)</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Ocr</name>
    <message>
        <location filename="../core/ocr/DocumentSource.cpp" line="+127"/>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a password-protected PDF.</source>
        <translation>%1 is a password-protected PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a readable PDF (damaged or unsupported).</source>
        <translation>%1 is not a readable PDF (damaged or unsupported).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no pages.</source>
        <translation>%1 has no pages.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an image ClaimDesk can read (%2).</source>
        <translation>%1 is not an image ClaimDesk can read (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is %2 x %3 pixels, more than the limit of %4 million pixels a page.</source>
        <translation>%1 is %2 x %3 pixels, more than the limit of %4 million pixels a page.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the first %1 of %2 pages were read (the limit for one document).</source>
        <translation>Only the first %1 of %2 pages were read (the limit for one document).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+36"/>
        <source>%1 has no page %2.</source>
        <translation>%1 has no page %2.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+41"/>
        <source>%1: page %2 cannot be read.</source>
        <translation>%1: page %2 cannot be read.</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+39"/>
        <source>%1 is damaged or not a complete image: %2</source>
        <translation>%1 is damaged or not a complete image: %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+26"/>
        <location line="+61"/>
        <source>%1: page %2 cannot be rendered.</source>
        <translation>%1: page %2 cannot be rendered.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1: page %2 has no size.</source>
        <translation>%1: page %2 has no size.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Page %1: only the first %2 words of its text were read (the limit for one page).</source>
        <translation>Page %1: only the first %2 words of its text were read (the limit for one page).</translation>
    </message>
    <message>
        <location filename="../core/ocr/TesseractEngine.cpp" line="+64"/>
        <source>OCR reads %1 with Debian&apos;s fast models: Tesseract&apos;s best models are not in %2, so dates and totals are misread more often. installer/install-deps.sh installs them.</source>
        <translation>OCR reads %1 with Debian&apos;s fast models: Tesseract&apos;s best models are not in %2, so dates and totals are misread more often. installer/install-deps.sh installs them.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The OCR language &quot;eng&quot; is not installed (looked in %1; install the package tesseract-ocr-eng).</source>
        <translation>The OCR language &quot;eng&quot; is not installed (looked in %1; install the package tesseract-ocr-eng).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The OCR language &quot;%1&quot; is not installed (looked in %2; install the package tesseract-ocr-%1).</source>
        <translation>The OCR language &quot;%1&quot; is not installed (looked in %2; install the package tesseract-ocr-%1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tesseract could not load the languages %1 from %2.</source>
        <translation>Tesseract could not load the languages %1 from %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The OCR engine is not initialised.</source>
        <translation>The OCR engine is not initialised.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The page image is empty.</source>
        <translation>The page image is empty.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Canceled.</source>
        <translation>Canceled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: reading took longer than its time limit.</source>
        <translation>Stopped: reading took longer than its time limit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tesseract could not read the page.</source>
        <translation>Tesseract could not read the page.</translation>
    </message>
    <message>
        <location filename="../core/ocr/PdfOpenCheck.cpp" line="+42"/>
        <source>%1 is a PDF whose structure does not end (its page tree may contain itself): the PDF engine did not open it within %2 s.</source>
        <translation>%1 is a PDF whose structure does not end (its page tree may contain itself): the PDF engine did not open it within %2 s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a readable PDF (damaged, or larger than the PDF engine may use).</source>
        <translation>%1 is not a readable PDF (damaged, or larger than the PDF engine may use).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 cannot be opened: the PDF checker %2 did not start (%3).</source>
        <translation>%1 cannot be opened: the PDF checker %2 did not start (%3).</translation>
    </message>
    <message>
        <location filename="../core/ocr/ImagePreprocessor.cpp" line="+346"/>
        <source>Unknown preprocessing step &quot;%1&quot; (known: %2).</source>
        <translation>Unknown preprocessing step &quot;%1&quot; (known: %2).</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Policy</name>
    <message>
        <location filename="../core/policy/LineItemChecker.cpp" line="+253"/>
        <source>No clause of the policy library covers this item, so it is allowed</source>
        <translation>No clause of the policy library covers this item, so it is allowed</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The clause lists %1 as covered</source>
        <translation>The clause lists %1 as covered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clause lists %1 as not covered</source>
        <translation>The clause lists %1 as not covered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the strengths the clause lists are covered</source>
        <translation>Only the strengths the clause lists are covered</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Longer than %1 days, but prior approval is recorded</source>
        <translation>Longer than %1 days, but prior approval is recorded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days is longer than the %2 days the clause allows</source>
        <translation>%1 days is longer than the %2 days the clause allows</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A course of at most %1 days</source>
        <translation>A course of at most %1 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prior approval for the longer course</source>
        <translation>Prior approval for the longer course</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Within the %1-day limit of the clause</source>
        <translation>Within the %1-day limit of the clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered within the %1-day limit of the clause</source>
        <translation>Covered within the %1-day limit of the clause</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prior approval is recorded on the claim</source>
        <translation>Prior approval is recorded on the claim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency: the clause waives prior approval</source>
        <translation>Emergency: the clause waives prior approval</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clause requires prior approval and none is recorded on the claim</source>
        <translation>The clause requires prior approval and none is recorded on the claim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request prior approval before the service</source>
        <translation>Request prior approval before the service</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Excluded in general, but the exception applies to the diagnosis %1</source>
        <translation>Excluded in general, but the exception applies to the diagnosis %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The clause depends on a clinical judgement and the claim has no diagnosis: review it against the clause</source>
        <translation>The clause depends on a clinical judgement and the claim has no diagnosis: review it against the clause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether it fits the diagnosis %1 is a clinical judgement: review it against the clause</source>
        <translation>Whether it fits the diagnosis %1 is a clinical judgement: review it against the clause</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clause excludes it</source>
        <translation>The clause excludes it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clause covers it</source>
        <translation>The clause covers it</translation>
    </message>
    <message>
        <location filename="../core/policy/PolicyDocumentReader.cpp" line="+153"/>
        <source>%1: the PDF cannot be read (damaged or password-protected)</source>
        <translation>%1: the PDF cannot be read (damaged or password-protected)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+8"/>
        <source>%1: reading cancelled</source>
        <translation>%1: reading cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, page %2: %3</source>
        <translation>%1, page %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no text could be read from the scan</source>
        <translation>%1: no text could be read from the scan</translation>
    </message>
    <message>
        <location filename="../core/policy/PolicyHolderFile.cpp" line="+43"/>
        <source>id_card_number and policy_number are required</source>
        <translation>id_card_number and policy_number are required</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id_card_number &quot;%1&quot; is not a 13-digit national ID number (policy %2)</source>
        <translation>id_card_number &quot;%1&quot; is not a 13-digit national ID number (policy %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>status &quot;%1&quot; is not one of active, expired, inactive (policy %2)</source>
        <translation>status &quot;%1&quot; is not one of active, expired, inactive (policy %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start_date and end_date must be YYYY-MM-DD dates (policy %1)</source>
        <translation>start_date and end_date must be YYYY-MM-DD dates (policy %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end_date %1 is before start_date %2 (policy %3)</source>
        <translation>end_date %1 is before start_date %2 (policy %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not an amount (policy %2)</source>
        <translation>%1 is not an amount (policy %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is negative (policy %2)</source>
        <translation>%1 is negative (policy %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+29"/>
        <source>The policy file: %1</source>
        <translation>The policy file: %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The policy file is not valid JSON: %1 at line %2</source>
        <translation>The policy file is not valid JSON: %1 at line %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The policy file must hold a JSON array of policies</source>
        <translation>The policy file must hold a JSON array of policies</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>The policy file holds more than the limit of %1 policies</source>
        <translation>The policy file holds more than the limit of %1 policies</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Policy %1</source>
        <translation>Policy %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The policy file is not valid CSV: %1</source>
        <translation>The policy file is not valid CSV: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy file is empty</source>
        <translation>The policy file is empty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The policy file has no %1 column in its first line</source>
        <translation>The policy file has no %1 column in its first line</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>line %1: %2 fields where the header has %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location filename="../core/policy/PolicyReasoning.cpp" line="+190"/>
        <source>no language model configured</source>
        <translation>no language model configured</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::PolicyLibrary</name>
    <message>
        <location filename="../core/policylibrary/PolicyLibrary.cpp" line="+59"/>
        <source>A policy document needs a name</source>
        <translation>A policy document needs a name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy document %1 is empty</source>
        <translation>The policy document %1 is empty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The policy document %1: %2</source>
        <translation>The policy document %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The policy document %1 has no rules (no bullet, exclusion, example or limit lines)</source>
        <translation>The policy document %1 has no rules (no bullet, exclusion, example or limit lines)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the model returned %1 vectors for %2 clauses</source>
        <translation>the model returned %1 vectors for %2 clauses</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Could not import the policy document %1: %2</source>
        <translation>Could not import the policy document %1: %2</translation>
    </message>
    <message>
        <location filename="../core/policylibrary/PolicyVerifier.cpp" line="+49"/>
        <source>No policy found for this ID</source>
        <translation>No policy found for this ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active policy</source>
        <translation>Active policy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy has expired</source>
        <translation>The policy has expired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy is inactive</source>
        <translation>The policy is inactive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date is outside the policy period</source>
        <translation>The date is outside the policy period</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&apos;%1&apos; is not a 13-digit national ID number</source>
        <translation>&apos;%1&apos; is not a 13-digit national ID number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check digit of %1 does not match; check the number was read correctly</source>
        <translation>The check digit of %1 does not match; check the number was read correctly</translation>
    </message>
    <message>
        <location filename="../core/policylibrary/ClaimPolicyReview.cpp" line="+44"/>
        <source>The claim has no national ID yet, so the policy cannot be looked up</source>
        <translation>The claim has no national ID yet, so the policy cannot be looked up</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the clinical-coherence check is for health claims</source>
        <translation>the clinical-coherence check is for health claims</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the claim has no items or notes to check yet</source>
        <translation>the claim has no items or notes to check yet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The model judged that it does not fit the diagnosis: %1</source>
        <translation>The model judged that it does not fit the diagnosis: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model judged that it fits the diagnosis</source>
        <translation>The model judged that it fits the diagnosis</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Portal</name>
    <message>
        <location filename="../core/portal/PortalRecipe.cpp" line="+68"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a regular expression (%1 at %2)</source>
        <translation>not a regular expression (%1 at %2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be an object of texts</source>
        <translation>must be an object of texts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a text</source>
        <translation>must be a text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; is empty</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;value&quot; is missing</source>
        <translation>&quot;value&quot; is missing</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;categories&quot; names no document category</source>
        <translation>&quot;categories&quot; names no document category</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown category &quot;%1&quot;; known: %2</source>
        <translation>unknown category &quot;%1&quot;; known: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a step is an object</source>
        <translation>a step is an object</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a step holds exactly one of open, fill, choose, click, wait_for, wait_for_url, upload, read_reference</source>
        <translation>a step holds exactly one of open, fill, choose, click, wait_for, wait_for_url, upload, read_reference</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; does not belong in a %2 step</source>
        <translation>&quot;%1&quot; does not belong in a %2 step</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a list of steps</source>
        <translation>must be a list of steps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than %1 steps</source>
        <translation>more than %1 steps</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>logging in uploads nothing, files nothing and reads no reference</source>
        <translation>logging in uploads nothing, files nothing and reads no reference</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>exactly one click must say &quot;submits&quot;: true (found %1)</source>
        <translation>exactly one click must say &quot;submits&quot;: true (found %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an upload after the click that files the claim</source>
        <translation>an upload after the click that files the claim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reference is read after the click that files the claim</source>
        <translation>the reference is read after the click that files the claim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no read_reference step</source>
        <translation>no read_reference step</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing may follow the last read_reference (its page is the evidence)</source>
        <translation>nothing may follow the last read_reference (its page is the evidence)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must say how the status page is read (open, row, reference, status, map)</source>
        <translation>must say how the status page is read (open, row, reference, status, map)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is missing or empty</source>
        <translation>is missing or empty</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a claim status; known: %2</source>
        <translation>&quot;%1&quot; is not a claim status; known: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be %1 (this version reads recipes of format %1)</source>
        <translation>must be %1 (this version reads recipes of format %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be from 1 to 600</source>
        <translation>must be from 1 to 600</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be from 0 to 3600</source>
        <translation>must be from 0 to 3600</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>open %1</source>
        <translation>open %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fill %1</source>
        <translation>fill %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose in %1</source>
        <translation>choose in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>click %1 (files the claim)</source>
        <translation>click %1 (files the claim)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>click %1</source>
        <translation>click %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait for %1</source>
        <translation>wait for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait for the address %1</source>
        <translation>wait for the address %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upload %1 to %2</source>
        <translation>upload %1 to %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the reference in %1</source>
        <translation>read the reference in %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>larger than %1 KiB</source>
        <translation>larger than %1 KiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not JSON (%1 at byte %2)</source>
        <translation>not JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <location filename="../core/portal/PortalRun.cpp" line="+162"/>
        <source>the portal&apos;s page stopped answering</source>
        <translation>the portal&apos;s page stopped answering</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the browser page stopped working</source>
        <translation>the browser page stopped working</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the recipe opens %1, which is not on the portal %2</source>
        <translation>the recipe opens %1, which is not on the portal %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the portal answered HTTP %1</source>
        <translation>the portal answered HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the portal could not be reached (%1)</source>
        <translation>the portal could not be reached (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the portal&apos;s page did not load within %n second(s)</source>
        <translation>
            <numerusform>the portal&apos;s page did not load within %n second(s)</numerusform>
            <numerusform>the portal&apos;s page did not load within %n second(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the portal said: %1</source>
        <translation>the portal said: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the portal&apos;s file chooser did not take the files</source>
        <translation>the portal&apos;s file chooser did not take the files</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 did not come within %n second(s)</source>
        <translation>
            <numerusform>%1 did not come within %n second(s)</numerusform>
            <numerusform>%1 did not come within %n second(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <location line="+8"/>
        <source>%1 is not on the portal&apos;s page</source>
        <translation>%1 is not on the portal&apos;s page</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>the page at %1 is not on the portal %2; nothing was filled in</source>
        <translation>the page at %1 is not on the portal %2; nothing was filled in</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no option &quot;%2&quot;</source>
        <translation>%1 has no option &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the claim has no document to upload as %1</source>
        <translation>the claim has no document to upload as %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uploading needs the portal&apos;s browser view</source>
        <translation>uploading needs the portal&apos;s browser view</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the portal&apos;s confirmation shows no reference in %1</source>
        <translation>the portal&apos;s confirmation shows no reference in %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the portal logged us out on its status page</source>
        <translation>the portal logged us out on its status page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the portal&apos;s status page shows neither the claim nor that it has none</source>
        <translation>the portal&apos;s status page shows neither the claim nor that it has none</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>the confirmation page could not be kept as PDF</source>
        <translation>the confirmation page could not be kept as PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the portal logged us out after the claim was sent</source>
        <translation>the portal logged us out after the claim was sent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the portal logged us out again</source>
        <translation>the portal logged us out again</translation>
    </message>
    <message>
        <location filename="../core/portal/PortalValues.cpp" line="+41"/>
        <source>a &apos;}&apos; without its &apos;{&apos; in &quot;%1&quot;</source>
        <translation>a &apos;}&apos; without its &apos;{&apos; in &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a &apos;{&apos; without its &apos;}&apos; in &quot;%1&quot;</source>
        <translation>a &apos;{&apos; without its &apos;}&apos; in &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown value {%1}; a template may use %2</source>
        <translation>unknown value {%1}; a template may use %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{%1} takes no format</source>
        <translation>{%1} takes no format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date format &quot;%1&quot; may use only d, M, y, &apos;.&apos;, &apos;/&apos;, &apos;-&apos; and spaces</source>
        <translation>the date format &quot;%1&quot; may use only d, M, y, &apos;.&apos;, &apos;/&apos;, &apos;-&apos; and spaces</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the claim has no service date</source>
        <translation>the claim has no service date</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Secrets</name>
    <message>
        <location filename="../core/secrets/KeychainEntry.cpp" line="+46"/>
        <source>no keychain service is running (there is no D-Bus session, as on headless machines)</source>
        <translation>no keychain service is running (there is no D-Bus session, as on headless machines)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing is stored in the keychain</source>
        <translation>nothing is stored in the keychain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no keychain service is running</source>
        <translation>no keychain service is running</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keychain refused access</source>
        <translation>the keychain refused access</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keychain failed: %1</source>
        <translation>the keychain failed: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>the keychain did not answer</source>
        <translation>the keychain did not answer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the keychain has not answered yet (it may still keep it)</source>
        <translation>the keychain has not answered yet (it may still keep it)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the keychain has not answered yet (it may still remove it)</source>
        <translation>the keychain has not answered yet (it may still remove it)</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Stats</name>
    <message>
        <location filename="../core/stats/ManagerFigures.cpp" line="+169"/>
        <source>0-1 days</source>
        <translation>0-1 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2-3 days</source>
        <translation>2-3 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4-7 days</source>
        <translation>4-7 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>8-14 days</source>
        <translation>8-14 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15-30 days</source>
        <translation>15-30 days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>over 30 days</source>
        <translation>over 30 days</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>the date range is empty or invalid (from %1 to %2)</source>
        <translation>the date range is empty or invalid (from %1 to %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the date range from %1 to %2 is longer than the limit of %3 days</source>
        <translation>the date range from %1 to %2 is longer than the limit of %3 days</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Storage</name>
    <message>
        <location filename="../core/storage/AgentOpinionRepository.cpp" line="+81"/>
        <source>There is no model opinion %1</source>
        <translation>There is no model opinion %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model gave no decision to accept</source>
        <translation>The model gave no decision to accept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This opinion was already accepted by %1</source>
        <translation>This opinion was already accepted by %1</translation>
    </message>
    <message>
        <location filename="../core/storage/ClaimRepository.cpp" line="+57"/>
        <source>Claim %1 has a type or status ClaimDesk does not know (&quot;%2&quot;, &quot;%3&quot;); the book is damaged</source>
        <translation>Claim %1 has a type or status ClaimDesk does not know (&quot;%2&quot;, &quot;%3&quot;); the book is damaged</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>the claim sequence is missing from the database</source>
        <translation>the claim sequence is missing from the database</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not create the claim: %1</source>
        <translation>Could not create the claim: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../core/storage/DocumentRepository.cpp" line="+116"/>
        <source>There is no claim %1</source>
        <translation>There is no claim %1</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Claim %1 was changed by someone else (version %2, you edited version %3); nothing was overwritten</source>
        <translation>Claim %1 was changed by someone else (version %2, you edited version %3); nothing was overwritten</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+232"/>
        <source>Claim %1 was changed by someone else; nothing was overwritten</source>
        <translation>Claim %1 was changed by someone else; nothing was overwritten</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>%1 was changed by someone else meanwhile; look again</source>
        <translation>%1 was changed by someone else meanwhile; look again</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="+101"/>
        <source>no database file was given</source>
        <translation>no database file was given</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 is not writable</source>
        <translation>the folder %1 is not writable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 is a folder, not a database file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read (permission denied)</source>
        <translation>%1 cannot be read (permission denied)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is read-only; ClaimDesk needs to write to its database</source>
        <translation>%1 is read-only; ClaimDesk needs to write to its database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged or is not a database file</source>
        <translation>%1 is damaged or is not a database file</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot sign in to %1: %2</source>
        <translation>Cannot sign in to %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The book %1 is damaged (%2); nothing more is written into it. See what is wrong with `claimdesk-cli --db &quot;%1&quot; db check`, and save what can be read into a new book with `claimdesk-cli --db &quot;%1&quot; db recover --out NEW.sqlite`.</source>
        <translation>The book %1 is damaged (%2); nothing more is written into it. See what is wrong with `claimdesk-cli --db &quot;%1&quot; db check`, and save what can be read into a new book with `claimdesk-cli --db &quot;%1&quot; db recover --out NEW.sqlite`.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the database: %1</source>
        <translation>Cannot open the database: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>the Qt SQL driver %1 is not installed</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the server did not say who is logged in</source>
        <translation>the server did not say who is logged in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it was written by a newer ClaimDesk (schema version %1; this version knows up to %2). The file was not changed; open it with a newer ClaimDesk or choose another file.</source>
        <translation>it was written by a newer ClaimDesk (schema version %1; this version knows up to %2). The file was not changed; open it with a newer ClaimDesk or choose another file.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the server did not say who owns the book</source>
        <translation>the server did not say who owns the book</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this team book is at schema version %1 and this ClaimDesk needs %2; its owner brings it up to date (claimdesk-cli --db-url ... team init, as the owner)</source>
        <translation>this team book is at schema version %1 and this ClaimDesk needs %2; its owner brings it up to date (claimdesk-cli --db-url ... team init, as the owner)</translation>
    </message>
    <message>
        <location filename="../core/storage/DocumentRepository.cpp" line="-71"/>
        <location line="+45"/>
        <location line="+313"/>
        <source>There is no document %1</source>
        <translation>There is no document %1</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Could not store %1: %2</source>
        <translation>Could not store %1: %2</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>There is no document %1 on a claim</source>
        <translation>There is no document %1 on a claim</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The document %1 is missing from the database</source>
        <translation>The document %1 is missing from the database</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>There is no extracted field %1</source>
        <translation>There is no extracted field %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The field %1 changed or went while it was being corrected; nothing was overwritten</source>
        <translation>The field %1 changed or went while it was being corrected; nothing was overwritten</translation>
    </message>
    <message>
        <location filename="../core/storage/IntakeConversationRepository.cpp" line="+70"/>
        <location line="+19"/>
        <source>conversation %1 is not in the database</source>
        <translation>conversation %1 is not in the database</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+529"/>
        <source>it holds tables (%1) but is not a ClaimDesk database</source>
        <translation>it holds tables (%1) but is not a ClaimDesk database</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>upgrading the schema to version %1 failed: %2</source>
        <translation>upgrading the schema to version %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/PolicyHolderRepository.cpp" line="+66"/>
        <source>policy %1 is already in the book as a policy of another type</source>
        <translation>policy %1 is already in the book as a policy of another type</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not import the policies: %1</source>
        <translation>Could not import the policies: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlHelpers.cpp" line="+49"/>
        <source>your login&apos;s role may not do this (%1)</source>
        <translation>your login&apos;s role may not do this (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server wants this login&apos;s password, or refused the one given</source>
        <translation>the server wants this login&apos;s password, or refused the one given</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database is locked by another program; close it or try again</source>
        <translation>the database is locked by another program; close it or try again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database file is read-only</source>
        <translation>the database file is read-only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database file is damaged or is not a database</source>
        <translation>the database file is damaged or is not a database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../core/storage/TeamSchema.cpp" line="+404"/>
        <source>a team book is on a PostgreSQL server (--db-url); %1 is a desk&apos;s own file</source>
        <translation>a team book is on a PostgreSQL server (--db-url); %1 is a desk&apos;s own file</translation>
    </message>
    <message>
        <location filename="../core/storage/BookCopy.cpp" line="+114"/>
        <source>%1 already holds %2: a book is moved only into an empty one</source>
        <translation>%1 already holds %2: a book is moved only into an empty one</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the two books are at different schema versions (%1 and %2)</source>
        <translation>the two books are at different schema versions (%1 and %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the team book has no column %1 in %2; nothing was moved</source>
        <translation>the team book has no column %1 in %2; nothing was moved</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>stopped; nothing was moved</source>
        <translation>stopped; nothing was moved</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 did not arrive whole (%2 rows sent, %3 arrived, checksums %4 and %5); nothing was moved</source>
        <translation>%1 did not arrive whole (%2 rows sent, %3 arrived, checksums %4 and %5); nothing was moved</translation>
    </message>
    <message>
        <location filename="../core/storage/PortalRepository.cpp" line="+87"/>
        <location line="+28"/>
        <source>There is no insurer portal named &quot;%1&quot;</source>
        <translation>There is no insurer portal named &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/storage/ResponseTimeRepository.cpp" line="+27"/>
        <source>there is no claim %1</source>
        <translation>there is no claim %1</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Team</name>
    <message>
        <location filename="../core/team/BookImport.cpp" line="+41"/>
        <source>there is no book file %1</source>
        <translation>there is no book file %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a desk&apos;s book moves into a team book on a PostgreSQL server (--db-url)</source>
        <translation>a desk&apos;s book moves into a team book on a PostgreSQL server (--db-url)</translation>
    </message>
    <message>
        <location filename="../core/team/BookRuleSet.cpp" line="+31"/>
        <source>only a team administrator (the claimdesk_admin role) sets the team&apos;s rules: %1</source>
        <translation>only a team administrator (the claimdesk_admin role) sets the team&apos;s rules: %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>the rule set %1 kept in %2 cannot be read: %3</source>
        <translation>the rule set %1 kept in %2 cannot be read: %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the team book</source>
        <translation>the team book</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this book</source>
        <translation>this book</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the spec&apos;s defaults; none saved yet)</source>
        <translation>%1 (the spec&apos;s defaults; none saved yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: version %2, saved by %3 on %4</source>
        <translation>%1: version %2, saved by %3 on %4</translation>
    </message>
    <message>
        <location filename="../core/team/TeamAdministration.cpp" line="+20"/>
        <source>only a team administrator (the claimdesk_admin role) adds or changes people: %1</source>
        <translation>only a team administrator (the claimdesk_admin role) adds or changes people: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;%1&apos; cannot be a login: use a letter or _, then letters, digits or _ (at most 63), not beginning with claimdesk_ or pg_</source>
        <translation>&apos;%1&apos; cannot be a login: use a letter or _, then letters, digits or _ (at most 63), not beginning with claimdesk_ or pg_</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>people and roles belong to a team book on a PostgreSQL server (--db-url); a desk&apos;s own file has only its login</source>
        <translation>people and roles belong to a team book on a PostgreSQL server (--db-url); a desk&apos;s own file has only its login</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this book is not set up for a team yet: run `claimdesk-cli team init` first</source>
        <translation>this book is not set up for a team yet: run `claimdesk-cli team init` first</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>an authority limit cannot be negative</source>
        <translation>an authority limit cannot be negative</translation>
    </message>
    <message>
        <location filename="../core/team/TeamPasswords.cpp" line="+47"/>
        <source>the server took the password, but the keychain did not keep it: %1</source>
        <translation>the server took the password, but the keychain did not keep it: %1</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Triage</name>
    <message numerus="yes">
        <location filename="../core/triage/ClaimQueueModel.cpp" line="+312"/>
        <source>%n day(s) open; the SLA is %1 days</source>
        <translation>
            <numerusform>%n day(s) open; the SLA is %1 days</numerusform>
            <numerusform>%n day(s) open; the SLA is %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) since it was filed</source>
        <translation>
            <numerusform>%n day(s) since it was filed</numerusform>
            <numerusform>%n day(s) since it was filed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location filename="../core/triage/QueueView.cpp" line="+126"/>
        <source>The saved views are not valid JSON (%1 at offset %2)</source>
        <translation>The saved views are not valid JSON (%1 at offset %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved views are not a list</source>
        <translation>The saved views are not a list</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Ui</name>
    <message>
        <location filename="../ui/DatabaseProblemDialog.cpp" line="+13"/>
        <source>ClaimDesk cannot open its database</source>
        <translation>ClaimDesk cannot open its database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was not changed. Choose another database, create a new one, or quit.</source>
        <translation>The file was not changed. Choose another database, create a new one, or quit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose another file...</source>
        <translation>&amp;Choose another file...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a &amp;new database...</source>
        <translation>Create a &amp;new database...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/MainWindow.cpp" line="+315"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/MainWindow.cpp" line="-16"/>
        <source>Open a ClaimDesk database</source>
        <translation>Open a ClaimDesk database</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/MainWindow.cpp" line="+1"/>
        <source>ClaimDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>ClaimDesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New ClaimDesk database</source>
        <translation>New ClaimDesk database</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/SettingsDialog.cpp" line="+52"/>
        <source>ClaimDesk databases (*.sqlite *.db)</source>
        <translation>ClaimDesk databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../ui/AdminArea.cpp" line="+62"/>
        <source>By hour (2 days)</source>
        <translation>By hour (2 days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By day (30 days)</source>
        <translation>By day (30 days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week (12 weeks)</source>
        <translation>By week (12 weeks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month (a year)</source>
        <translation>By month (a year)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By year (5 years)</source>
        <translation>By year (5 years)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model usage</source>
        <translation>Model usage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy library</source>
        <translation>Policy library</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insurer portals</source>
        <translation>Insurer portals</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Include personal data (names, ID numbers) for debugging</source>
        <translation>Include personal data (names, ID numbers) for debugging</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal data in the log</source>
        <translation>Personal data in the log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log will hold customers&apos; names and ID numbers until it is cleared or they expire (7 days). Switch this on only to investigate a problem.</source>
        <translation>The log will hold customers&apos; names and ID numbers until it is cleared or they expire (7 days). Switch this on only to investigate a problem.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>C&amp;lear log...</source>
        <translation>C&amp;lear log...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record from level</source>
        <translation>Record from level</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search the messages</source>
        <translation>Search the messages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim ID</source>
        <translation>Claim ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location filename="../ui/InboxItemModel.cpp" line="+103"/>
        <location filename="../ui/PortalArea.cpp" line="+172"/>
        <location filename="../ui/ReviewArea.cpp" line="+340"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <location filename="../ui/PortalArea.cpp" line="-127"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <location line="+228"/>
        <source>Tokens in</source>
        <translation>Tokens in</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+6"/>
        <location line="+229"/>
        <source>Tokens out</source>
        <translation>Tokens out</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+6"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last 30 days by operation</source>
        <translation>Last 30 days by operation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 30 days by claim (most expensive first)</source>
        <translation>Last 30 days by claim (most expensive first)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tokens over time</source>
        <translation>Tokens over time</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/SettingsDialog.cpp" line="+27"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/ManagerArea.cpp" line="+401"/>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy holders</source>
        <translation>Policy holders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule set in force</source>
        <translation>Rule set in force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules kept in</source>
        <translation>Rules kept in</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The log could not be read: %1</source>
        <translation>The log could not be read: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 kept for %2 days. Errors in the last hour: %3. By level: %4. By category: %5.</source>
        <translation>%1 kept for %2 days. Errors in the last hour: %3. By level: %4. By category: %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Clear the log</source>
        <translation>Clear the log</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete every line of the application log? This cannot be undone.</source>
        <translation>Delete every line of the application log? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 calls (%2 failed), %3 tokens in, %4 out, %5 %6</source>
        <translation>%1 calls (%2 failed), %3 tokens in, %4 out, %5 %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>offline (templates and rules)</source>
        <translation>offline (templates and rules)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Language model</source>
        <translation>Language model</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+37"/>
        <source>The ledger could not be read: %1</source>
        <translation>The ledger could not be read: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <location filename="../ui/SettingsDialog.cpp" line="+3"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No model calls in this period</source>
        <translation>No model calls in this period</translation>
    </message>
    <message>
        <location filename="../ui/AgentPanel.cpp" line="+30"/>
        <source>As&amp;k the model</source>
        <translation>As&amp;k the model</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model decides the claim through the bronze, silver and gold steps; its opinion is kept beside the rules&apos; decision</source>
        <translation>The model decides the claim through the bronze, silver and gold steps; its opinion is kept beside the rules&apos; decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ccept the model&apos;s decision...</source>
        <translation>A&amp;ccept the model&apos;s decision...</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No language model is configured (Settings &gt; Model): agent mode is off, the rules&apos; decision stands.</source>
        <translation>No language model is configured (Settings &gt; Model): agent mode is off, the rules&apos; decision stands.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The model has not been asked about this claim.</source>
        <translation>The model has not been asked about this claim.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no decision</source>
        <translation>no decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (confidence %2)</source>
        <translation>%1 (confidence %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2, prompt %3</source>
        <translation>%1, %2, prompt %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accepted by %1 on %2</source>
        <translation>Accepted by %1 on %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../ui/ClaimSummaryBox.cpp" line="+99"/>
        <source>Asking %1...</source>
        <translation>Asking %1...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No opinion from the model: %1</source>
        <translation>No opinion from the model: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept the model&apos;s decision</source>
        <translation>Accept the model&apos;s decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you, %1, accept the model&apos;s decision on %2? The rules&apos; decision stays in the claim&apos;s history.</source>
        <translation>Record that you, %1, accept the model&apos;s decision on %2? The rules&apos; decision stays in the claim&apos;s history.</translation>
    </message>
    <message>
        <location filename="../ui/ChatPane.cpp" line="+65"/>
        <source>Thai and English</source>
        <translation>Thai and English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai only</source>
        <translation>Thai only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English only</source>
        <translation>English only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the assistant&apos;s replies</source>
        <translation>The language of the assistant&apos;s replies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New conversation</source>
        <translation>&amp;New conversation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this conversation and start another (Ctrl+Shift+N)</source>
        <translation>Close this conversation and start another (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+372"/>
        <source>ClaimDesk is writing</source>
        <translation>ClaimDesk is writing</translation>
    </message>
    <message>
        <location line="-365"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading the document (Esc)</source>
        <translation>Stop reading the document (Esc)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a message (Enter sends, Shift+Enter for a new line), or drop documents on the conversation</source>
        <translation>Type a message (Enter sends, Shift+Enter for a new line), or drop documents on the conversation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attach...</source>
        <translation>&amp;Attach...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach documents (Ctrl+U)</source>
        <translation>Attach documents (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replies in:</source>
        <translation>Replies in:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No claim yet</source>
        <translation>No claim yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+285"/>
        <location filename="../ui/ClaimDetailsView.cpp" line="+35"/>
        <location filename="../ui/InboxItemModel.cpp" line="+2"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Su&amp;bmit claim</source>
        <translation>Su&amp;bmit claim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enabled once every required document is here and the policy is verified</source>
        <translation>Enabled once every required document is here and the policy is verified</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit the claim</source>
        <translation>Submit the claim</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+138"/>
        <location filename="../ui/ClaimDetailsView.cpp" line="+47"/>
        <source>Reading %1...</source>
        <translation>Reading %1...</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Attach documents</source>
        <translation>Attach documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/IntakeArea.cpp" line="+96"/>
        <location filename="../ui/MainWindow.cpp" line="+192"/>
        <source>Documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No claim yet: the claim opens when its kind is known.</source>
        <translation>No claim yet: the claim opens when its kind is known.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim %1</source>
        <translation>Claim %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalated: a claims officer will call</source>
        <translation>Escalated: a claims officer will call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspection: %1</source>
        <translation>Inspection: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy %1 verified (%2)</source>
        <translation>Policy %1 verified (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy not verified yet</source>
        <translation>Policy not verified yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Documents: %1 of %2 required</source>
        <translation>Documents: %1 of %2 required</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (customer)</source>
        <translation> (customer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (other party)</source>
        <translation> (other party)</translation>
    </message>
    <message>
        <location filename="../ui/ConflictDialog.cpp" line="+29"/>
        <source>Claim %1 was changed meanwhile</source>
        <translation>Claim %1 was changed meanwhile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved claim %1 after you opened it (you edited version %2; version %3 is saved now). Nothing of yours has been written. Compare the two versions and choose.</source>
        <translation>Someone else saved claim %1 after you opened it (you edited version %2; version %3 is saved now). Nothing of yours has been written. Compare the two versions and choose.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/ReviewArea.cpp" line="-22"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/ReviewArea.cpp" line="-61"/>
        <location line="+62"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../ui/ClaimDetailsView.cpp" line="-54"/>
        <location filename="../ui/ConflictDialog.cpp" line="+1"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/ConflictDialog.cpp" line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location filename="../ui/ConflictDialog.cpp" line="+1"/>
        <source>Service date</source>
        <translation>Service date</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/DocumentViewer.cpp" line="+92"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved now</source>
        <translation>Saved now</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 by %2: %3, %4 → %5</source>
        <translation>%1 by %2: %3, %4 → %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed meanwhile:</source>
        <translation>Changed meanwhile:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the saved version</source>
        <translation>Show the saved version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply my change to it</source>
        <translation>Apply my change to it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../ui/DesktopSession.cpp" line="+44"/>
        <source>Opening the database %1…</source>
        <translation>Opening the database %1…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The password was not kept in the keychain: %1. It is asked again next time.</source>
        <translation>The password was not kept in the keychain: %1. It is asked again next time.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the decision rules…</source>
        <translation>Reading the decision rules…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/SettingsDialog.cpp" line="-1"/>
        <source>Decision rules</source>
        <translation>Decision rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The spec&apos;s default rules are used until the file is fixed.</source>
        <translation>%1

The spec&apos;s default rules are used until the file is fixed.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="-56"/>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCR, model agrees</source>
        <translation>OCR, model agrees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCR; model read &quot;%1&quot;</source>
        <translation>OCR; model read &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read by</source>
        <translation>Read by</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Double-click a value (or press F2) to correct it; the claim is decided again and the change audited.</source>
        <translation>Double-click a value (or press F2) to correct it; the claim is decided again and the change audited.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the page&apos;s width</source>
        <translation>Fit the page&apos;s width</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole page</source>
        <translation>Show the whole page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⟲</source>
        <translation>⟲</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotate left</source>
        <translation>Rotate left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⟳</source>
        <translation>⟳</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotate right</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Useful</source>
        <translation>Useful</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This document helped decide the claim</source>
        <translation>This document helped decide the claim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not useful</source>
        <translation>Not useful</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document did not help (wrong, unreadable, irrelevant)</source>
        <translation>This document did not help (wrong, unreadable, irrelevant)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Reading the claim&apos;s documents...</source>
        <translation>Reading the claim&apos;s documents...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No documents yet. Drop files on the window to attach them to this claim.</source>
        <translation>No documents yet. Drop files on the window to attach them to this claim.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loading %1...</source>
        <translation>Loading %1...</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Printed: %1</source>
        <translation>Printed: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 was read by the model; it has no place on the page.</source>
        <translation>%1 was read by the model; it has no place on the page.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was not marked: %2</source>
        <translation>%1 was not marked: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/DossierView.cpp" line="+27"/>
        <source>Claim dossier</source>
        <translation>Claim dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as &amp;PDF...</source>
        <translation>Save as &amp;PDF...</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/MoveBookDialog.cpp" line="+165"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dossier could not be shown.</source>
        <translation>The dossier could not be shown.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be written to %1</source>
        <translation>The PDF could not be written to %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Claim dossier %1</source>
        <translation>Claim dossier %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The dossier could not be prepared: %1</source>
        <translation>The dossier could not be prepared: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the PDF...</source>
        <translation>Writing the PDF...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the dossier as PDF</source>
        <translation>Save the dossier as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/InboxItemModel.cpp" line="-53"/>
        <location filename="../ui/ModelSettingsPage.cpp" line="+314"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already on the claim</source>
        <translation>Already on the claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New claim</source>
        <translation>New claim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added to the claim</source>
        <translation>Added to the claim</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Taken in</source>
        <translation>Taken in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <comment>who sent it</comment>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File, folder or message</source>
        <translation>File, folder or message</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/InboxView.cpp" line="+45"/>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the failed file back in its folder, or the message back in its mailbox, to be taken in again</source>
        <translation>Put the failed file back in its folder, or the message back in its mailbox, to be taken in again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Look now</source>
        <translation>&amp;Look now</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../ui/PortalArea.cpp" line="+54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No folder or mailbox is watched. Add one in Settings &gt; Inbox: files dropped there by a scanner or another system, and bills that customers mail, are taken in as claims&apos; documents.</source>
        <translation>No folder or mailbox is watched. Add one in Settings &gt; Inbox: files dropped there by a scanner or another system, and bills that customers mail, are taken in as claims&apos; documents.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watching %1. A claim ID in a file&apos;s name (or its subfolder&apos;s) or in a message&apos;s subject sends it to that claim; the files of one subfolder open one claim together. Taken files move to %2, failed ones to %3 with the reason beside them; taken messages are marked on the server.</source>
        <translation>Watching %1. A claim ID in a file&apos;s name (or its subfolder&apos;s) or in a message&apos;s subject sends it to that claim; the files of one subfolder open one claim together. Taken files move to %2, failed ones to %3 with the reason beside them; taken messages are marked on the server.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../ui/IntakeArea.cpp" line="-64"/>
        <source>C&amp;onversation</source>
        <translation>C&amp;onversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quick import</source>
        <translation>&amp;Quick import</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quick import</source>
        <translation>Quick import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of claim, then drop the customer&apos;s documents (bills, receipts, ID card, licence, photos) below or pick them from a folder. A claim is opened and the documents are stored on it.</source>
        <translation>Choose the kind of claim, then drop the customer&apos;s documents (bills, receipts, ID card, licence, photos) below or pick them from a folder. A claim is opened and the documents are stored on it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of claim</source>
        <translation>Kind of claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Health</source>
        <translation>&amp;Health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Car damage</source>
        <translation>&amp;Car damage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drop documents here
(JPEG, PNG, WebP, TIFF or PDF)</source>
        <translation>Drop documents here
(JPEG, PNG, WebP, TIFF or PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;files...</source>
        <translation>Choose &amp;files...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents for a new claim</source>
        <translation>Documents for a new claim</translation>
    </message>
    <message>
        <location filename="../ui/MailboxDialog.cpp" line="+21"/>
        <source>Mailbox</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The system&apos;s</source>
        <translation>The system&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/PortalsPage.cpp" line="+41"/>
        <location filename="../ui/SettingsDialog.cpp" line="-32"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate authority</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Unchanged (kept in the system keychain)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/PortalsPage.cpp" line="+17"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;Certificate authority:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/PortalsPage.cpp" line="+1"/>
        <location filename="../ui/TeamPasswordDialog.cpp" line="+36"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+8"/>
        <location line="+13"/>
        <source>Mailbox not saved</source>
        <translation>Mailbox not saved</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Give the mailbox&apos;s password: it is kept for a server and login, and none is kept for these.</source>
        <translation>Give the mailbox&apos;s password: it is kept for a server and login, and none is kept for these.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the mailbox…</source>
        <translation>Checking the mailbox…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-428"/>
        <source>ClaimDesk</source>
        <translation>ClaimDesk</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Claims: unavailable (%1)</source>
        <translation>Claims: unavailable (%1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting claims...</source>
        <translation>Counting claims...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inbox: %1 taken in, claim %2</source>
        <translation>Inbox: %1 taken in, claim %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox: %1 failed (see Intake &gt; Inbox)</source>
        <translation>Inbox: %1 failed (see Intake &gt; Inbox)</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Finished %n interrupted import(s): %1 document(s) read</source>
        <translation>
            <numerusform>Finished %n interrupted import: %1 document(s) read</numerusform>
            <numerusform>Finished %n interrupted imports: %1 document(s) read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; %n could not be finished (see Admin &gt; Log)</source>
        <translation>
            <numerusform>; %n could not be finished (see Admin &gt; Log)</numerusform>
            <numerusform>; %n could not be finished (see Admin &gt; Log)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interrupted imports could not be finished: %1</source>
        <translation>Interrupted imports could not be finished: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The team server cannot be reached; trying again. Edits that could not be saved stay on screen.</source>
        <translation>The team server cannot be reached; trying again. Edits that could not be saved stay on screen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import documents...</source>
        <translation>&amp;Import documents...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database...</source>
        <translation>&amp;Open database...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export claims as CSV...</source>
        <translation>&amp;Export claims as CSV...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Move this book to a team server...</source>
        <translation>&amp;Move this book to a team server...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ClaimDesk</source>
        <translation>&amp;About ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About ClaimDesk</source>
        <translation>About ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk %1</source>
        <translation>ClaimDesk %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The claims adjuster&apos;s desk: intake, review, decisions and reports, offline by default.</source>
        <translation>The claims adjuster&apos;s desk: intake, review, decisions and reports, offline by default.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 claims, %2 open</source>
        <translation>%1 claims, %2 open</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An export is already running; wait for it to finish</source>
        <translation>An export is already running; wait for it to finish</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detailed CSV (*.csv)</source>
        <translation>Detailed CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Sheets CSV (*.csv)</source>
        <translation>Google Sheets CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary CSV (*.csv)</source>
        <translation>Summary CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export claims as CSV</source>
        <translation>Export claims as CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting claims to %1...</source>
        <translation>Exporting claims to %1...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <location line="+65"/>
        <location filename="../ui/PolicyLibraryPage.cpp" line="+49"/>
        <location filename="../ui/PortalArea.cpp" line="+35"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location line="-108"/>
        <source>%Ln claim(s) exported to %1</source>
        <translation>
            <numerusform>%Ln claim(s) exported to %1</numerusform>
            <numerusform>%Ln claim(s) exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The team decides by rule set %1 from now on: each desk takes it when it next opens the book, and an adjuster or manager re-decides open claims with claimdesk-cli rules rescore.</source>
        <translation>The team decides by rule set %1 from now on: each desk takes it when it next opens the book, and an adjuster or manager re-decides open claims with claimdesk-cli rules rescore.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-scoring open claims with rule set %1...</source>
        <translation>Re-scoring open claims with rule set %1...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Re-scored %1 open claims</source>
        <translation>Re-scored %1 open claims</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-scoring canceled after %1 claims; the rest keep their earlier decision</source>
        <translation>Re-scoring canceled after %1 claims; the rest keep their earlier decision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-scoring failed</source>
        <translation>Re-scoring failed</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s) to store. No claim is selected: open a new claim for them?</source>
        <translation>
            <numerusform>%n document(s) to store. No claim is selected: open a new claim for them?</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;health claim</source>
        <translation>New &amp;health claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;car damage claim</source>
        <translation>New &amp;car damage claim</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An import is already running; wait for it to finish</source>
        <translation>An import is already running; wait for it to finish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storing documents...</source>
        <translation>Storing documents...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Storing %1...</source>
        <translation>Storing %1...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is stored but could not be read: %2</source>
        <translation>%1 is stored but could not be read: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already on claim %2</source>
        <translation>%1 is already on claim %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 stored, %3 duplicate(s), %4 failed%5</source>
        <translation>%1: %2 stored, %3 duplicate(s), %4 failed%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No claim</source>
        <translation>No claim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (canceled)</source>
        <translation> (canceled)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the claim took details from them and was decided again</source>
        <translation>; the claim took details from them and was decided again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+15"/>
        <source>Work in progress</source>
        <translation>Work in progress</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>An import, export or re-scoring is still running. Stop it and quit? Work done so far is kept.</source>
        <translation>An import, export or re-scoring is still running. Stop it and quit? Work done so far is kept.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A claim is being filed on an insurer&apos;s portal. Quit anyway? The claim is looked up on the portal before it is filed again.</source>
        <translation>A claim is being filed on an insurer&apos;s portal. Quit anyway? The claim is looked up on the portal before it is filed again.</translation>
    </message>
    <message>
        <location filename="../ui/ManagerArea.cpp" line="-332"/>
        <location filename="../ui/QueueFilterBar.cpp" line="+78"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last &amp;30 days</source>
        <translation>Last &amp;30 days</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Export CSV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the claims of this range and type as CSV</source>
        <translation>Export the claims of this range and type as CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <comment>start of a date range</comment>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/QueueFilterBar.cpp" line="+63"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total claims</source>
        <translation>Total claims</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average response</source>
        <translation>Average response</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy rate</source>
        <translation>Accuracy rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid, health</source>
        <translation>Paid, health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid, car damage</source>
        <translation>Paid, car damage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-approval rate</source>
        <translation>Auto-approval rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open backlog</source>
        <translation>Open backlog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model cost</source>
        <translation>Model cost</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+178"/>
        <source>Claims per day</source>
        <translation>Claims per day</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+177"/>
        <source>Paid amount per day</source>
        <translation>Paid amount per day</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Decision mix</source>
        <translation>Decision mix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk distribution</source>
        <translation>Risk distribution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backlog by age</source>
        <translation>Backlog by age</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click a bar or a slice to open those claims in Review. Right-click to save the chart.</source>
        <translation>Click a bar or a slice to open those claims in Review. Right-click to save the chart.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save chart as PNG...</source>
        <translation>Save chart as PNG...</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The range ends before it starts.</source>
        <translation>The range ends before it starts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computing...</source>
        <translation>Computing...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The figures could not be read: %1</source>
        <translation>The figures could not be read: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="-182"/>
        <location line="+182"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln model call(s), %1 tokens, in the price table&apos;s currency</source>
        <translation>
            <numerusform>%Ln model call(s), %1 tokens, in the price table&apos;s currency</numerusform>
            <numerusform>%Ln model call(s), %1 tokens, in the price table&apos;s currency</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 useful and %2 not useful documents</source>
        <translation>%1 useful and %2 not useful documents</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln claim(s), %1 to %2</source>
        <translation>
            <numerusform>%Ln claim(s), %1 to %2</numerusform>
            <numerusform>%Ln claim(s), %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>week of %1</source>
        <translation>week of %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paid amount per week</source>
        <translation>Paid amount per week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claims per week</source>
        <translation>Claims per week</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, %2: %3 paid</source>
        <translation>%1, %2: %3 paid</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %2: %Ln claim(s)</source>
        <translation>
            <numerusform>%1, %2: %Ln claim</numerusform>
            <numerusform>%1, %2: %Ln claims</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paid %1 claims created on %2</source>
        <translation>Paid %1 claims created on %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 claims created on %2</source>
        <translation>%1 claims created on %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2 (%3 %)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Claims decided %1</source>
        <translation>Claims decided %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Claims at risk level %1</source>
        <translation>Claims at risk level %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %Ln claim(s)</source>
        <translation>
            <numerusform>%1: %Ln claim</numerusform>
            <numerusform>%1: %Ln claims</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open claims</source>
        <translation>Open claims</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open claims waiting %1</source>
        <translation>Open claims waiting %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Waiting %1: %Ln claim(s)</source>
        <translation>
            <numerusform>Waiting %1: %Ln claim</numerusform>
            <numerusform>Waiting %1: %Ln claims</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days waiting</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/ModelSettingsPage.cpp" line="-285"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Offline (no model: templates and rules)</source>
        <translation>Offline (no model: templates and rules)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)</source>
        <translation>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With an embedding model, the policy library ranks clauses by meaning as well as by words. Documents imported before are ranked by words until they are imported again.</source>
        <translation>With an embedding model, the policy library ranks clauses by meaning as well as by words. Documents imported before are ranked by words until they are imported again.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paste a new key to store it</source>
        <translation>Paste a new key to store it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Store in keychain</source>
        <translation>&amp;Store in keychain</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/PortalsPage.cpp" line="+52"/>
        <location filename="../ui/SettingsDialog.cpp" line="+59"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Model (or name prefix)</source>
        <translation>Model (or name prefix)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input per 1M tokens</source>
        <translation>Input per 1M tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output per 1M tokens</source>
        <translation>Output per 1M tokens</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add price</source>
        <translation>&amp;Add price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove price</source>
        <translation>Remove price</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;URL</source>
        <translation>Server &amp;URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure API &amp;version</source>
        <translation>Azure API &amp;version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Embedding model</source>
        <translation>&amp;Embedding model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect timeout</source>
        <translation>Connect timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read timeout</source>
        <translation>Read timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total timeout</source>
        <translation>Total timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts (first try and retries)</source>
        <translation>Attempts (first try and retries)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause calls after this many failures</source>
        <translation>Pause calls after this many failures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause for</source>
        <translation>Pause for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price &amp;currency</source>
        <translation>Price &amp;currency</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The key was not stored: %1. Where no keychain service runs, set CLAIMDESK_LLM_API_KEY instead.</source>
        <translation>The key was not stored: %1. Where no keychain service runs, set CLAIMDESK_LLM_API_KEY instead.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Price row %1: a model name and two amounts such as 2.50 are needed</source>
        <translation>Price row %1: a model name and two amounts such as 2.50 are needed</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Anthropic offers no embeddings</source>
        <translation>Anthropic offers no embeddings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: clauses found by words (e.g. text-embedding-3-small)</source>
        <translation>none: clauses found by words (e.g. text-embedding-3-small)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deployment name</source>
        <translation>deployment name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>model name</source>
        <translation>model name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ClaimDesk works fully offline: summaries, replies and decisions come from templates and rules.</source>
        <translation>ClaimDesk works fully offline: summaries, replies and decisions come from templates and rules.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for the key...</source>
        <translation>Looking for the key...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A key is stored in the system keychain.</source>
        <translation>A key is stored in the system keychain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key comes from the CLAIMDESK_LLM_API_KEY environment variable (%1).</source>
        <translation>The key comes from the CLAIMDESK_LLM_API_KEY environment variable (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No key (%1). Where no keychain service runs (a headless machine), set CLAIMDESK_LLM_API_KEY before starting ClaimDesk. Local servers such as Ollama need no key.</source>
        <translation>No key (%1). Where no keychain service runs (a headless machine), set CLAIMDESK_LLM_API_KEY before starting ClaimDesk. Local servers such as Ollama need no key.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Storing...</source>
        <translation>Storing...</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Testing...</source>
        <translation>Testing...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Connected: %1 answered in %2 ms.</translation>
    </message>
    <message>
        <location filename="../ui/MoveBookDialog.cpp" line="-142"/>
        <source>Move this book to a team server</source>
        <translation>Move this book to a team server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies this desk&apos;s whole book (claims, documents, history, log) into an empty book on a PostgreSQL server and sets up the team&apos;s roles there. IDs are kept; every table is checked; either everything arrives or nothing does. This desk&apos;s file stays as it is.</source>
        <translation>Copies this desk&apos;s whole book (claims, documents, history, log) into an empty book on a PostgreSQL server and sets up the team&apos;s roles there. IDs are kept; every table is checked; either everything arrives or nothing does. This desk&apos;s file stays as it is.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Team book (a login that may create roles):</source>
        <translation>&amp;Team book (a login that may create roles):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the team book</source>
        <translation>&amp;Open the team book</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 rows</source>
        <translation>%1 of %2 rows</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped: none of the book was moved (the team&apos;s roles, set up on the server first, stay).</source>
        <translation>Stopped: none of the book was moved (the team&apos;s roles, set up on the server first, stay).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A team book is named by a postgresql:// address, such as postgresql://owner@server/claims.</source>
        <translation>A team book is named by a postgresql:// address, such as postgresql://owner@server/claims.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Moving into %1...</source>
        <translation>Moving into %1...</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was moved: %1</source>
        <translation>Nothing was moved: %1</translation>
    </message>
    <message>
        <location filename="../ui/DesktopSession.cpp" line="-41"/>
        <location filename="../ui/MoveBookDialog.cpp" line="+10"/>
        <location filename="../ui/SettingsDialog.cpp" line="+159"/>
        <source>Password not kept</source>
        <translation>Password not kept</translation>
    </message>
    <message>
        <location filename="../ui/MoveBookDialog.cpp" line="+1"/>
        <source>The password was not kept in the keychain: %1</source>
        <translation>The password was not kept in the keychain: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moved %1 rows in %2 tables into %3, every table checked. People are added in Admin &gt; Users on the team book.</source>
        <translation>Moved %1 rows in %2 tables into %3, every table checked. People are added in Admin &gt; Users on the team book.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stopping; none of the book will be kept...</source>
        <translation>Stopping; none of the book will be kept...</translation>
    </message>
    <message>
        <location filename="../ui/PageView.cpp" line="+116"/>
        <source>Confidence %1%</source>
        <translation>Confidence %1%</translation>
    </message>
    <message>
        <location filename="../ui/PolicyLibraryPage.cpp" line="-22"/>
        <source>The policy documents that billed items are checked against. Importing a changed document adds a version, and the checks use each document&apos;s latest version. Text files, PDFs and scans (PDF or page images, read by OCR) can be imported.</source>
        <translation>The policy documents that billed items are checked against. Importing a changed document adds a version, and the checks use each document&apos;s latest version. Text files, PDFs and scans (PDF or page images, read by OCR) can be imported.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import policy document...</source>
        <translation>&amp;Import policy document...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a policy document (Ctrl+Shift+I)</source>
        <translation>Import a policy document (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading page %1 of %2 by OCR</source>
        <translation>Reading page %1 of %2 by OCR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is unchanged: version %2 stays in use.</source>
        <translation>%1 is unchanged: version %2 stays in use.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 version %2 imported: %3 clauses indexed.</source>
        <translation>%1 version %2 imported: %3 clauses indexed.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Read by OCR from %n page(s), mean word confidence %1%; check the clauses against the paper.</source>
        <translation>
            <numerusform>Read by OCR from %n page(s), mean word confidence %1%; check the clauses against the paper.</numerusform>
            <numerusform>Read by OCR from %n page(s), mean word confidence %1%; check the clauses against the paper.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without embeddings: %1</source>
        <translation>Without embeddings: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported: %1. The library is unchanged.</source>
        <translation>Not imported: %1. The library is unchanged.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import a policy document</source>
        <translation>Import a policy document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy documents (*.txt *.md *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Policy documents (*.txt *.md *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1...</source>
        <translation>Importing %1...</translation>
    </message>
    <message>
        <location filename="../ui/PolicyPanel.cpp" line="+44"/>
        <location line="+103"/>
        <source>&amp;Record these checks on the claim</source>
        <translation>&amp;Record these checks on the claim</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Check clinical &amp;coherence</source>
        <translation>Check clinical &amp;coherence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the language model whether the items fit the diagnosis, and for alternatives to excluded items. Advice only: the decisions stay the policy&apos;s.</source>
        <translation>Ask the language model whether the items fit the diagnosis, and for alternatives to excluded items. Advice only: the decisions stay the policy&apos;s.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select a claim to see its policy.</source>
        <translation>Select a claim to see its policy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the policy...</source>
        <translation>Checking the policy...</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The checks on %1 were not recorded: %2</source>
        <translation>The checks on %1 were not recorded: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Clinical coherence check: asking the model...</source>
        <translation>Clinical coherence check: asking the model...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clinical coherence check failed: %1. The policy checks above stand.</source>
        <translation>Clinical coherence check failed: %1. The policy checks above stand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinical coherence check: not asked yet. &quot;Check clinical coherence&quot; asks the model whether the items fit the diagnosis.</source>
        <translation>Clinical coherence check: not asked yet. &quot;Check clinical coherence&quot; asks the model whether the items fit the diagnosis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinical coherence check: skipped (%1)</source>
        <translation>Clinical coherence check: skipped (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinical coherence check: skipped (it needs a language model; ClaimDesk is offline)</source>
        <translation>Clinical coherence check: skipped (it needs a language model; ClaimDesk is offline)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinical coherence</source>
        <translation>Clinical coherence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked by %1 against the diagnosis &quot;%2&quot;. Advice for the adjuster: it does not change the decisions above.</source>
        <translation>Checked by %1 against the diagnosis &quot;%2&quot;. Advice for the adjuster: it does not change the decisions above.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model</source>
        <translation>the model</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept with the checks recorded on %1.</source>
        <translation>Kept with the checks recorded on %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No clinical flags: every item fits the diagnosis.</source>
        <translation>No clinical flags: every item fits the diagnosis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fits the diagnosis instead: %1</source>
        <translation>Fits the diagnosis instead: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policy holder</source>
        <translation>Policy holder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: in-patient %2, out-patient %3, room %4 a night</source>
        <translation>%1: in-patient %2, out-patient %3, room %4 a night</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 (%3), %4: cover %5, deductible %6</source>
        <translation>%1 %2 (%3), %4: cover %5, deductible %6</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plausibility</source>
        <translation>Plausibility</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billed items</source>
        <translation>Billed items</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The policy library is empty: import a policy document to check items.</source>
        <translation>The policy library is empty: import a policy document to check items.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No billed items on this claim yet.</source>
        <translation>No billed items on this claim yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggested by the model for the diagnosis: %1</source>
        <translation>Suggested by the model for the diagnosis: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>20 points off for the clinical flag</source>
        <translation>20 points off for the clinical flag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 points off for the plausibility findings</source>
        <translation>%1 points off for the plausibility findings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval probability: %1%</source>
        <translation>Approval probability: %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval probability: %1% (%2)</source>
        <translation>Approval probability: %1% (%2)</translation>
    </message>
    <message>
        <location filename="../ui/PortalArea.cpp" line="-95"/>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already filed</source>
        <translation>Already filed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: step %2 of %3, %4</source>
        <translation>%1: step %2 of %3, %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Submit approved claims</source>
        <translation>&amp;Submit approved claims</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File every approved claim not yet filed on this portal</source>
        <translation>File every approved claim not yet filed on this portal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;status</source>
        <translation>Check &amp;status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the status of every claim filed on this portal</source>
        <translation>Read the status of every claim filed on this portal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filed by &amp;hand...</source>
        <translation>Filed by &amp;hand...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the reference of a claim you finished filing in the page below</source>
        <translation>Record the reference of a claim you finished filing in the page below</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check statuses &amp;every hour</source>
        <translation>Check statuses &amp;every hour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>While the desk is open, read the status of the claims filed on the chosen portal once an hour</source>
        <translation>While the desk is open, read the status of the claims filed on the chosen portal once an hour</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a portal, then submit approved claims or pick one in Review</source>
        <translation>Choose a portal, then submit approved claims or pick one in Review</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference or reason</source>
        <translation>Reference or reason</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The portal&apos;s page shows here while a claim is filed; you may finish a run that needs attention in it.</source>
        <translation>The portal&apos;s page shows here while a claim is filed; you may finish a run that needs attention in it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Portal:</source>
        <translation>Portal:</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../ui/PortalsPage.cpp" line="+32"/>
        <source>The portals could not be read: %1</source>
        <translation>The portals could not be read: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+91"/>
        <source>No insurer portal yet: an administrator adds one in Admin &gt; Insurer portals</source>
        <translation>No insurer portal yet: an administrator adds one in Admin &gt; Insurer portals</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Choose a portal first</source>
        <translation>Choose a portal first</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No password for %1 (%2): keep one in Admin &gt; Insurer portals</source>
        <translation>No password for %1 (%2): keep one in Admin &gt; Insurer portals</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+7"/>
        <source>File on a portal</source>
        <translation>File on a portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File %1 on:</source>
        <translation>File %1 on:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The approved claims could not be read: %1</source>
        <translation>The approved claims could not be read: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No approved claim waits to be filed on %1</source>
        <translation>No approved claim waits to be filed on %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit approved claims</source>
        <translation>Submit approved claims</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>File %n approved claim(s) on %1?</source>
        <translation>
            <numerusform>File %n approved claim(s) on %1?</numerusform>
            <numerusform>File %n approved claim(s) on %1?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <source>Filed by hand</source>
        <translation>Filed by hand</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The claim you filed in the page below:</source>
        <translation>The claim you filed in the page below:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The portal&apos;s reference for %1:</source>
        <translation>The portal&apos;s reference for %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not read</source>
        <translation>Not read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on the portal</source>
        <translation>Not on the portal</translation>
    </message>
    <message>
        <location filename="../ui/PortalsPage.cpp" line="-46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/TeamUsersPage.cpp" line="+33"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A filed claim becomes</source>
        <translation>A filed claim becomes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;password...</source>
        <translation>Set &amp;password...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A portal is filled by its recipe, a JSON file of steps (see docs/portal-recipes.md). Passwords stay in the system keychain.</source>
        <translation>A portal is filled by its recipe, a JSON file of steps (see docs/portal-recipes.md). Passwords stay in the system keychain.</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+146"/>
        <source>Add an insurer portal</source>
        <translation>Add an insurer portal</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>The portal&apos;s recipe</source>
        <translation>The portal&apos;s recipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipes (*.json)</source>
        <translation>Recipes (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recipe:</source>
        <translation>&amp;Recipe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A filed claim &amp;becomes:</source>
        <translation>A filed claim &amp;becomes:</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The portal was kept, its password not: %1</source>
        <translation>The portal was kept, its password not: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Portal password</source>
        <translation>Portal password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of %1 on %2:</source>
        <translation>The password of %1 on %2:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password is kept in the system keychain</source>
        <translation>The password is kept in the system keychain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password was not kept: %1</source>
        <translation>The password was not kept: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove an insurer portal</source>
        <translation>Remove an insurer portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and its kept password? What was filed on it stays on the claims.</source>
        <translation>Remove %1 and its kept password? What was filed on it stays on the claims.</translation>
    </message>
    <message>
        <location filename="../ui/QueueFilterBar.cpp" line="-83"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (not yet decided)</source>
        <translation>Open (not yet decided)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open: submitted, under review or pending</source>
        <translation>Open: submitted, under review or pending</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All risk levels</source>
        <translation>All risk levels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All decisions</source>
        <translation>All decisions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created on or after this day</source>
        <translation>Created on or after this day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on or before this day</source>
        <translation>Created on or before this day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to &amp;me</source>
        <translation>Assigned to &amp;me</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search claim ID, national ID or name (Ctrl+F)</source>
        <translation>Search claim ID, national ID or name (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved views: a filter and an order, under a name</source>
        <translation>Saved views: a filter and an order, under a name</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim(s)</numerusform>
            <numerusform>%Ln claim(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ReviewArea.cpp" line="-152"/>
        <source>The queue could not be read: %1</source>
        <translation>The queue could not be read: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>J/K: next and previous claim · 1–6: set the status (%1) · Ctrl+Z: undo · Ctrl+F: search</source>
        <translation>J/K: next and previous claim · 1–6: set the status (%1) · Ctrl+Z: undo · Ctrl+F: search</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../ui/ClaimSummaryBox.cpp" line="-68"/>
        <source>Su&amp;mmarize</source>
        <translation>Su&amp;mmarize</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A 3-4 sentence summary: from the language model when one is configured, else written from the claim and its decision (Ctrl+Shift+S)</source>
        <translation>A 3-4 sentence summary: from the language model when one is configured, else written from the claim and its decision (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../ui/ClaimHistoryTable.cpp" line="+15"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../ui/ReviewArea.cpp" line="+35"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dossier...</source>
        <translation>&amp;Dossier...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The claim as a report to print or save as PDF (Ctrl+P)</source>
        <translation>The claim as a report to print or save as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To &amp;portal</source>
        <translation>To &amp;portal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File this approved claim on an insurer&apos;s portal, in the Portal area (Ctrl+Shift+U)</source>
        <translation>File this approved claim on an insurer&apos;s portal, in the Portal area (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Take next</source>
        <translation>&amp;Take next</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take the first open claim in queue order that nobody holds, and show it (Ctrl+T). On a team book nobody else gets it.</source>
        <translation>Take the first open claim in queue order that nobody holds, and show it (Ctrl+T). On a team book nobody else gets it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Give back</source>
        <translation>&amp;Give back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the claim on show back to the queue</source>
        <translation>Give the claim on show back to the queue</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Refer to a manager</source>
        <translation>&amp;Refer to a manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalate the claim, with the refusal as the reason, so that a manager decides it</source>
        <translation>Escalate the claim, with the refusal as the reason, so that a manager decides it</translation>
    </message>
    <message>
        <location filename="../ui/ClaimSummaryBox.cpp" line="-17"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../ui/ReviewArea.cpp" line="+12"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model opinion</source>
        <translation>Model opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 was just changed by %2; what you see is the claim as it is now.</source>
        <translation>%1 was just changed by %2; what you see is the claim as it is now.</translation>
    </message>
    <message>
        <location filename="../ui/ClaimSummaryBox.cpp" line="+83"/>
        <source>Writing the factual summary...</source>
        <translation>Writing the factual summary...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From the language model (%1); %2 tokens in, %3 out. Check it against the claim.</source>
        <translation>From the language model (%1); %2 tokens in, %3 out. Check it against the claim.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Factual summary from the claim and its decision; the model&apos;s was not used: %1</source>
        <translation>Factual summary from the claim and its decision; the model&apos;s was not used: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Factual summary from the claim and its decision.</source>
        <translation>Factual summary from the claim and its decision.</translation>
    </message>
    <message>
        <location filename="../ui/ReviewArea.cpp" line="+101"/>
        <source>Showing: %1.</source>
        <translation>Showing: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No saved views yet</source>
        <translation>No saved views yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save current view...</source>
        <translation>Save current view...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for the current filters and order:</source>
        <translation>Name for the current filters and order:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete view</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole queue</source>
        <translation>Whole queue</translation>
    </message>
    <message>
        <location filename="../ui/ClaimDetailsView.cpp" line="+44"/>
        <source>Select a claim in the queue. %1 and %2 move down and up; %3 to %4 set its status.</source>
        <translation>Select a claim in the queue. %1 and %2 move down and up; %3 to %4 set its status.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>no amount yet</source>
        <translation>no amount yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location filename="../ui/ReviewArea.cpp" line="+143"/>
        <source>%1 is referred to a manager (escalated).</source>
        <translation>%1 is referred to a manager (escalated).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was changed on %1: another claim is on show now.</source>
        <translation>Nothing was changed on %1: another claim is on show now.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No open claim is free: every one is held by someone.</source>
        <translation>No open claim is free: every one is held by someone.</translation>
    </message>
    <message>
        <location filename="../ui/ReviewCommands.cpp" line="+36"/>
        <source>memo of %1</source>
        <translation>memo of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status of %1 to %2</source>
        <translation>status of %1 to %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>correction of %1</source>
        <translation>correction of %1</translation>
    </message>
    <message>
        <location filename="../ui/RuleSetEditor.cpp" line="+28"/>
        <source>&amp;Load file...</source>
        <translation>&amp;Load file...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;defaults</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load a rules file</source>
        <translation>Load a rules file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules (*.json)</source>
        <translation>Rules (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every threshold, weight and rate of the decision rules. Give the set a new version when you change it; each decision records the version it used. Open claims are re-scored when the rules change.</source>
        <translation>Every threshold, weight and rate of the decision rules. Give the set a new version when you change it; each decision records the version it used. Open claims are re-scored when the rules change.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rule set %1 is valid.</source>
        <translation>Rule set %1 is valid.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="-234"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language takes effect when ClaimDesk restarts.</source>
        <translation>A new language takes effect when ClaimDesk restarts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default location</source>
        <translation>Default location</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A desk&apos;s SQLite file, or a team book&apos;s address (postgresql://login@server/book). A new book is used from the next start; a password is kept in the system keychain, never in the settings.</source>
        <translation>A desk&apos;s SQLite file, or a team book&apos;s address (postgresql://login@server/book). A new book is used from the next start; a password is kept in the system keychain, never in the settings.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folders where scanners and other systems drop claims&apos; documents. What settles in them is taken in: to the claim whose ID is in the file&apos;s name (or its subfolder&apos;s), the files of one subfolder as one new claim, anything else as a new claim of its own. Taken files move to processed/, failed ones to failed/ with the reason beside them; nothing is deleted.</source>
        <translation>Folders where scanners and other systems drop claims&apos; documents. What settles in them is taken in: to the claim whose ID is in the file&apos;s name (or its subfolder&apos;s), the files of one subfolder as one new claim, anything else as a new claim of its own. Taken files move to processed/, failed ones to failed/ with the reason beside them; nothing is deleted.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add folder...</source>
        <translation>&amp;Add folder...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to watch</source>
        <translation>Folder to watch</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mailboxes (IMAP over TLS) that customers send their bills to, asked once a minute. Each new message&apos;s attachments and images go to the claim whose ID is in its subject, else to a new claim; its text is kept with the claim. Taken messages are marked on the server; nothing is deleted. Passwords stay in the system keychain.</source>
        <translation>Mailboxes (IMAP over TLS) that customers send their bills to, asked once a minute. Each new message&apos;s attachments and images go to the claim whose ID is in its subject, else to a new claim; its text is kept with the claim. Taken messages are marked on the server; nothing is deleted. Passwords stay in the system keychain.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add &amp;mailbox...</source>
        <translation>Add &amp;mailbox...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/TeamUsersPage.cpp" line="+13"/>
        <source>&amp;Change...</source>
        <translation>&amp;Change...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+10"/>
        <source>Rule set not saved</source>
        <translation>Rule set not saved</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The rules have problems; the rule set in force is unchanged.

%1</source>
        <translation>The rules have problems; the rule set in force is unchanged.

%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving the decision rules…</source>
        <translation>Saving the decision rules…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Model settings not saved</source>
        <translation>Model settings not saved</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The address holds a password, and the keychain could not keep it (%1). Remove the password from the address: ClaimDesk asks for it when the server does.</source>
        <translation>The address holds a password, and the keychain could not keep it (%1). Remove the password from the address: ClaimDesk asks for it when the server does.</translation>
    </message>
    <message>
        <location filename="../ui/TeamPasswordDialog.cpp" line="-17"/>
        <source>Sign in to the team book</source>
        <translation>Sign in to the team book</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 asks for the password of %2.</source>
        <translation>%1 asks for the password of %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Remember it in the system keychain</source>
        <translation>&amp;Remember it in the system keychain</translation>
    </message>
    <message>
        <location filename="../ui/TeamUserDialog.cpp" line="+19"/>
        <source>Add a person to the team</source>
        <translation>Add a person to the team</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The largest claim this adjuster may approve; above it the claim goes to a manager.</source>
        <translation>The largest claim this adjuster may approve; above it the claim goes to a manager.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none: the server&apos;s other ways in</source>
        <translation>none: the server&apos;s other ways in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May sign in</source>
        <translation>May sign in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority li&amp;mit</source>
        <translation>Authority li&amp;mit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First &amp;password</source>
        <translation>First &amp;password</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&apos;%1&apos; is not an amount: write the limit as 5000.00</source>
        <translation>&apos;%1&apos; is not an amount: write the limit as 5000.00</translation>
    </message>
    <message>
        <location filename="../ui/TeamUsersPage.cpp" line="-26"/>
        <source>The people who work on this team book. The server enforces each role: adjusters work the claims they hold up to their authority limit, managers approve any amount and assign work, administrators manage people and decide nothing, auditors read everything and change nothing.</source>
        <translation>The people who work on this team book. The server enforces each role: adjusters work the claims they hold up to their authority limit, managers approve any amount and assign work, administrators manage people and decide nothing, auditors read everything and change nothing.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authority limit</source>
        <translation>Authority limit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add person...</source>
        <translation>&amp;Add person...</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+81"/>
        <source>&amp;Disable sign-in</source>
        <translation>&amp;Disable sign-in</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1: only a team administrator adds or changes people.</source>
        <translation>Signed in as %1: only a team administrator adds or changes people.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Enable sign-in</source>
        <translation>&amp;Enable sign-in</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Adding %1...</source>
        <translation>Adding %1...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was added.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing %1...</source>
        <translation>Changing %1...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed.</source>
        <translation>%1 was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Util</name>
    <message>
        <location filename="../core/util/Text.cpp" line="+90"/>
        <source>line %1 is not UTF-8 text (save the file as UTF-8 and import it again)</source>
        <translation>line %1 is not UTF-8 text (save the file as UTF-8 and import it again)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>line %1: text after a closing quote</source>
        <translation>line %1: text after a closing quote</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: a quoted field is never closed</source>
        <translation>line %1: a quoted field is never closed</translation>
    </message>
    <message>
        <location filename="../core/util/BoundedRead.cpp" line="+13"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 is larger than the limit of %2</source>
        <translation>%1 is larger than the limit of %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: line %2 is longer than the limit of %3</source>
        <translation>%1: line %2 is longer than the limit of %3</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/QtOwnTexts.cpp" line="+39"/>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-33"/>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
</TS>
