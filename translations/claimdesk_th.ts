<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>ClaimDesk::Admin</name>
    <message>
        <location filename="../core/admin/BookRepair.cpp" line="+67"/>
        <source>%1 is not a file</source>
        <translation>%1 ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 cannot be opened: %2</source>
        <translation>เปิด %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>the list of its tables cannot be read</source>
        <translation>อ่านรายการตารางของไฟล์ไม่ได้</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 exists already; recovery writes a new file</source>
        <translation>มี %1 อยู่แล้ว การกู้คืนเขียนลงไฟล์ใหม่เท่านั้น</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>nothing of %1 could be saved: %2</source>
        <translation>บันทึกข้อมูลใดของ %1 ไม่ได้เลย: %2</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Claims</name>
    <message>
        <location filename="../core/claims/ClaimBook.cpp" line="+82"/>
        <source>%1 now reads &quot;%2&quot; (changed by someone else); it was not set to &quot;%3&quot;</source>
        <translation>%1 ตอนนี้เป็น &quot;%2&quot; (มีผู้อื่นเปลี่ยน) จึงไม่ได้ตั้งเป็น &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/claims/ReviewEdits.cpp" line="+18"/>
        <source>%1 is now %2 (changed by someone else); it was not set to %3</source>
        <translation>%1 ตอนนี้เป็น %2 แล้ว (มีผู้อื่นเปลี่ยน) จึงไม่ได้ตั้งเป็น %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The memo of %1 was changed by someone else; it was not set back</source>
        <translation>บันทึกย่อของ %1 ถูกผู้อื่นเปลี่ยนแล้ว จึงไม่ได้เปลี่ยนกลับ</translation>
    </message>
    <message>
        <location filename="../core/claims/ClaimAssignment.cpp" line="+35"/>
        <source>%1 is not an active person of this team</source>
        <translation>%1 ไม่ใช่สมาชิกที่ใช้งานอยู่ของทีมนี้</translation>
    </message>
    <message>
        <location filename="../core/claims/Rescorer.cpp" line="+207"/>
        <source>Re-scoring stopped after %1 claims: %2</source>
        <translation>การประเมินใหม่หยุดหลังจาก %1 รายการ: %2</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Cli</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+83"/>
        <source>the output was not all written</source>
        <translation>เขียนผลลัพธ์ได้ไม่ครบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write to standard output: %1</source>
        <translation>เขียนไปยังเอาต์พุตมาตรฐานไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/cli/TeamCommand.cpp" line="+140"/>
        <source>--db-url must be a postgresql:// URL</source>
        <translation>--db-url ต้องเป็น URL แบบ postgresql://</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1. Give it with `claimdesk-cli --db-url URL team remember-password` (the system keychain), ~/.pgpass or PGPASSWORD</source>
        <translation>%1 ให้ระบุรหัสผ่านด้วย `claimdesk-cli --db-url URL team remember-password` (ที่เก็บรหัสผ่านของระบบ), ~/.pgpass หรือ PGPASSWORD</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the password: %1</source>
        <translation>อ่านรหัสผ่านไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the password file %1: %2</source>
        <translation>อ่านแฟ้มรหัสผ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no password was given</source>
        <translation>ไม่ได้ให้รหัสผ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the password file %1 is empty</source>
        <translation>แฟ้มรหัสผ่าน %1 ว่างเปล่า</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>there is no book %1</source>
        <translation>ไม่มีสมุดงาน %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source> (see --help)</source>
        <translation> (ดู --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.h" line="+34"/>
        <source>Show this help.</source>
        <translation>แสดงความช่วยเหลือนี้</translation>
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
        <translation>วิธีใช้: claimdesk-cli [ตัวเลือกทั่วไป] คำสั่ง [ตัวเลือก]

เครื่องมือบรรทัดคำสั่งของ ClaimDesk: ใช้แกนเดียวกับแอปเดสก์ท็อป

ตัวเลือกทั่วไป:
  --db PATH             ไฟล์ฐานข้อมูล SQLite (ค่าเริ่มต้น: ในโฟลเดอร์ข้อมูลของผู้ใช้)
  --db-url URL          ฐานข้อมูล PostgreSQL (โหมดทีม), postgresql://...
  --llm-provider NAME   offline, openai, azure, anthropic (ค่าเริ่มต้น: ตามการตั้งค่า)
  --llm-url URL         ที่อยู่เซิร์ฟเวอร์โมเดล
  --llm-model NAME      ชื่อโมเดล
  --llm-embedding-model NAME  โมเดลเวกเตอร์ฝังความหมายสำหรับคลังกรมธรรม์
  --lang th|en          ภาษาของข้อความและคำอธิบาย
  --version             แสดงเวอร์ชัน
  --help                ข้อความนี้; ใช้ คำสั่ง --help สำหรับแต่ละคำสั่ง

คำสั่ง:
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>
Exit codes: 0 ok, 1 some inputs failed (the rest were processed), 2 usage error.
</source>
        <translation>
รหัสออก: 0 สำเร็จ, 1 ข้อมูลบางส่วนผิดพลาด (ส่วนที่เหลือดำเนินการแล้ว), 2 ใช้คำสั่งผิด
</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 needs a value</source>
        <translation>%1 ต้องมีค่า</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown --llm-provider %1 (offline, openai, azure, anthropic)</source>
        <translation>ไม่รู้จัก --llm-provider %1 (offline, openai, azure, anthropic)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no command given</source>
        <translation>ไม่ได้ระบุคำสั่ง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>ไม่รู้จักคำสั่ง &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/DecideCommand.cpp" line="+16"/>
        <source>decide claim records from JSON Lines by the book&apos;s rules (without a book, the spec&apos;s defaults); - reads stdin</source>
        <translation>พิจารณาระเบียนเคลมจาก JSON Lines ตามกฎของสมุดงาน (ถ้าไม่มีสมุดงาน ใช้ค่าเริ่มต้นตามข้อกำหนด) - อ่านจาก stdin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JSON Lines file of claim records, or - for stdin.</source>
        <translation>แฟ้ม JSON Lines ของเคลม หรือ - สำหรับ stdin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation date YYYY-MM-DD (default: today).</source>
        <translation>วันที่ประเมิน YYYY-MM-DD (ค่าเริ่มต้น: วันนี้)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules file to use instead of the active rule set.</source>
        <translation>แฟ้มกฎที่จะใช้แทนชุดกฎปัจจุบัน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>decide needs --input FILE (or - for stdin)</source>
        <translation>decide ต้องมี --input FILE (หรือ - สำหรับ stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/PolicyCommand.cpp" line="+109"/>
        <source>--as-of needs a date as YYYY-MM-DD</source>
        <translation>--as-of ต้องเป็นวันที่แบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write to standard output</source>
        <translation>เขียนไปยังเอาต์พุตมาตรฐานไม่ได้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>claimdesk-cli: %1 of %2 lines could not be decided</source>
        <translation>claimdesk-cli: พิจารณาไม่ได้ %1 จาก %2 บรรทัด</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommand.cpp" line="-66"/>
        <source>The model&apos;s policy reasoning failed (%1); the offline checks stand.</source>
        <translation>การวิเคราะห์กรมธรรม์ของโมเดลล้มเหลว (%1) ผลตรวจแบบออฟไลน์ยังคงใช้ได้</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>verify a policy holder, check a line item against the policy library, import policy text</source>
        <translation>ตรวจสอบผู้ถือกรมธรรม์ ตรวจรายการค่าใช้จ่ายกับคลังกรมธรรม์ นำเข้าข้อความกรมธรรม์</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Usage: claimdesk-cli policy verify|check|import [options]
  verify ID_NUMBER --type H|CD [--as-of DATE] [--json]
  check --item TEXT [--field pharmacy|lab|symptoms|complaint] [--diagnosis TEXT]
        [--approved] [--emergency] [--json]
  import FILE [--name NAME]   a new version of a policy document
</source>
        <translation>วิธีใช้: claimdesk-cli policy verify|check|import [ตัวเลือก]
  verify ID_NUMBER --type H|CD [--as-of DATE] [--json]
  check --item TEXT [--field pharmacy|lab|symptoms|complaint] [--diagnosis TEXT]
        [--approved] [--emergency] [--json]
  import FILE [--name NAME]   เอกสารกรมธรรม์ฉบับใหม่
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>policy needs verify, check, import or holders</source>
        <translation>policy ต้องตามด้วย verify, check, import หรือ holders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown policy command &apos;%1&apos;</source>
        <translation>ไม่รู้จักคำสั่ง policy &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Look up the policy of a national ID for a kind of claim.</source>
        <translation>ค้นหากรมธรรม์ของเลขบัตรประชาชนสำหรับประเภทเคลม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>13-digit national ID; spaces and dashes are fine.</source>
        <translation>เลขบัตรประชาชน 13 หลัก เว้นวรรคหรือขีดได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date to check the policy period against (default: today).</source>
        <translation>วันที่ใช้ตรวจระยะเวลากรมธรรม์ (ค่าเริ่มต้น: วันนี้)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>policy verify needs one ID number</source>
        <translation>policy verify ต้องมีเลขบัตรหนึ่งเลข</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy verify needs --type H or --type CD</source>
        <translation>policy verify ต้องมี --type H หรือ --type CD</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Decide one line item against the policy library. The decision is the policy&apos;s, offline; with a model configured (--llm-provider), an excluded item whose clause names no alternative also gets the model&apos;s suggestions for the diagnosis, and --claim adds the clinical-coherence check.</source>
        <translation>ตัดสินรายการหนึ่งรายการตามคลังกรมธรรม์ ผลตัดสินมาจากกรมธรรม์แบบออฟไลน์ เมื่อกำหนดโมเดลไว้ (--llm-provider) รายการที่ไม่คุ้มครองซึ่งข้อกำหนดไม่ระบุทางเลือกจะได้รับคำแนะนำจากโมเดลตามการวินิจฉัย และ --claim จะเพิ่มการตรวจความสอดคล้องทางคลินิก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The billed item, as printed.</source>
        <translation>รายการที่เรียกเก็บ ตามที่พิมพ์ไว้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pharmacy (default), lab, symptoms or complaint.</source>
        <translation>pharmacy (ค่าเริ่มต้น), lab, symptoms หรือ complaint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The claim&apos;s diagnosis.</source>
        <translation>การวินิจฉัยของเคลม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prior approval is recorded for the item.</source>
        <translation>มีการอนุมัติล่วงหน้าสำหรับรายการนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An emergency admission.</source>
        <translation>การรับเข้ารักษากรณีฉุกเฉิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every billed item of this claim and record the checks on it.</source>
        <translation>ตรวจทุกรายการที่เรียกเก็บของเคลมนี้และบันทึกผลไว้ในเคลม</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>policy check needs --item TEXT or --claim ID</source>
        <translation>policy check ต้องมี --item TEXT หรือ --claim ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown --field &apos;%1&apos; (pharmacy, lab, symptoms, complaint)</source>
        <translation>ไม่รู้จัก --field &apos;%1&apos; (pharmacy, lab, symptoms, complaint)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+36"/>
        <source>The policy library is empty: import a policy document first (policy import FILE, or init --demo)</source>
        <translation>คลังกรมธรรม์ว่าง โปรดนำเข้าเอกสารกรมธรรม์ก่อน (policy import FILE หรือ init --demo)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import a policy document as a new version and index it: UTF-8 text, a PDF (its text layer, or OCR when it is a scan) or page images.</source>
        <translation>นำเข้าเอกสารกรมธรรม์เป็นเวอร์ชันใหม่และทำดัชนี: ข้อความ UTF-8, PDF (ชั้นข้อความ หรือ OCR เมื่อเป็นภาพสแกน) หรือภาพหน้าเอกสาร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy document.</source>
        <translation>เอกสารกรมธรรม์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document name (default: the file name).</source>
        <translation>ชื่อเอกสาร (ค่าเริ่มต้น: ชื่อแฟ้ม)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>policy import needs one file</source>
        <translation>policy import ต้องมีหนึ่งแฟ้ม</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is unchanged (version %2)</source>
        <translation>%1 ไม่เปลี่ยนแปลง (รุ่น %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 version %2: %3 clauses indexed</source>
        <translation>%1 รุ่น %2: ทำดัชนี %3 ข้อ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported without embeddings: %1</source>
        <translation>นำเข้าโดยไม่มีเวกเตอร์ฝังความหมาย: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read by OCR from %1 page(s), mean word confidence %2%</source>
        <translation>อ่านด้วย OCR จาก %1 หน้า ความเชื่อมั่นเฉลี่ยของคำ %2%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import policy holders from JSON or CSV; all or nothing.</source>
        <translation>นำเข้าผู้ถือกรมธรรม์จาก JSON หรือ CSV ทั้งหมดหรือไม่นำเข้าเลย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A JSON array or a CSV file with a header row.</source>
        <translation>อาร์เรย์ JSON หรือแฟ้ม CSV ที่มีแถวหัวตาราง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>policy holders needs one file</source>
        <translation>policy holders ต้องมีหนึ่งแฟ้ม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy holders needs --type H or --type CD</source>
        <translation>policy holders ต้องมี --type H หรือ --type CD</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 policy holders imported</source>
        <translation>นำเข้าผู้ถือกรมธรรม์ %1 ราย</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentCommand.cpp" line="+19"/>
        <source>ask the model for its decision on a claim (recorded beside the rules&apos;)</source>
        <translation>ขอความเห็นของโมเดลต่อเคลม (บันทึกไว้คู่กับผลของกฎ)</translation>
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
        <translation>รหัสเคลม</translation>
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
        <translation>แสดงผลเป็น JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>agent needs exactly one claim ID</source>
        <translation>agent ต้องมีรหัสเคลมหนึ่งรายการพอดี</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>agent mode needs a model: configure one in the settings or pass --llm-provider</source>
        <translation>โหมดเอเจนต์ต้องใช้โมเดล: ตั้งค่าในหน้าการตั้งค่าหรือระบุ --llm-provider</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: the model says %2 (confidence %3); the rules say %4.
%5</source>
        <translation>%1: โมเดลเห็นว่า %2 (ความมั่นใจ %3) กฎตัดสินว่า %4
%5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no opinion from the model: %1</source>
        <translation>ไม่ได้ความเห็นจากโมเดล: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ChatCommand.cpp" line="+59"/>
        <source>drive the intake conversation from a JSON Lines script</source>
        <translation>ดำเนินการสนทนารับเคลมจากสคริปต์ JSON Lines</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each line is one of {&quot;say&quot;: TEXT}, {&quot;upload&quot;: PATH}, {&quot;owner&quot;: &quot;customer&quot;|&quot;other_party&quot;}, {&quot;id_number&quot;: DIGITS}, {&quot;submit&quot;: true}, {&quot;claim_type&quot;: &quot;H&quot;|&quot;CD&quot;}, {&quot;appointment&quot;: ISO-TIME} or {&quot;restart&quot;: true}. One JSON line is printed per step. Uploads are read with OCR (Thai and English). The replies are the engine&apos;s own words; the model phrases them only in the app.</source>
        <translation>แต่ละบรรทัดเป็นหนึ่งใน {&quot;say&quot;: TEXT}, {&quot;upload&quot;: PATH}, {&quot;owner&quot;: &quot;customer&quot;|&quot;other_party&quot;}, {&quot;id_number&quot;: DIGITS}, {&quot;submit&quot;: true}, {&quot;claim_type&quot;: &quot;H&quot;|&quot;CD&quot;}, {&quot;appointment&quot;: ISO-TIME} หรือ {&quot;restart&quot;: true} พิมพ์ JSON หนึ่งบรรทัดต่อหนึ่งขั้นตอน เอกสารที่อัปโหลดอ่านด้วย OCR (ไทยและอังกฤษ) คำตอบเป็นข้อความของระบบเอง โมเดลจะเรียบเรียงคำตอบเฉพาะในแอป</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The conversation, JSON Lines; - reads stdin.</source>
        <translation>บทสนทนาแบบ JSON Lines; - อ่านจาก stdin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply in th or en only (default: both, Thai first).</source>
        <translation>ตอบเป็น th หรือ en เท่านั้น (ค่าเริ่มต้น: ทั้งสองภาษา ภาษาไทยก่อน)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the conversation as on this day (policy periods, claim dates), for replays.</source>
        <translation>ดำเนินการสนทนาเสมือนเป็นวันนี้ (ช่วงเวลากรมธรรม์ วันที่เคลม) สำหรับการเล่นซ้ำ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chat needs --script FILE (or - for stdin)</source>
        <translation>chat ต้องมี --script FILE (หรือ - สำหรับ stdin)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--lang must be th or en, not %1</source>
        <translation>--lang ต้องเป็น th หรือ en ไม่ใช่ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read %1: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--as-of must be a date as YYYY-MM-DD, not %1</source>
        <translation>--as-of ต้องเป็นวันที่แบบ YYYY-MM-DD ไม่ใช่ %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the script</source>
        <translation>สคริปต์</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the script is longer than the limit of %1 lines; nothing after line %1 was read</source>
        <translation>สคริปต์ยาวเกินขีดจำกัด %1 บรรทัด ไม่ได้อ่านส่วนที่อยู่หลังบรรทัด %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>ไม่ใช่ JSON ที่ถูกต้อง (%1 ที่ตัวอักษรที่ %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a line must be a JSON object</source>
        <translation>แต่ละบรรทัดต้องเป็นออบเจกต์ JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimsCommand.cpp" line="-391"/>
        <source>Claimed amount, such as 1355.00.</source>
        <translation>จำนวนเงินที่เรียกร้อง เช่น 1355.00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claimant&apos;s 13-digit national ID.</source>
        <translation>เลขบัตรประชาชน 13 หลักของผู้เรียกร้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimant&apos;s name.</source>
        <translation>ชื่อผู้เรียกร้อง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hospital, clinic or garage.</source>
        <translation>โรงพยาบาล คลินิก หรืออู่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis or damage code.</source>
        <translation>รหัสการวินิจฉัยหรือความเสียหาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment notes.</source>
        <translation>บันทึกการรักษา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who works on the claim.</source>
        <translation>ผู้รับผิดชอบเคลม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD.</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The insurer&apos;s prior-approval reference for the claim.</source>
        <translation>เลขอ้างอิงการอนุมัติล่วงหน้าของบริษัทประกันสำหรับเคลม</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--amount &apos;%1&apos; is not an amount</source>
        <translation>--amount &apos;%1&apos; ไม่ใช่จำนวนเงิน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--service-date needs a date as YYYY-MM-DD</source>
        <translation>--service-date ต้องเป็นวันที่แบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>list, show, set-status, create (new), edit claims, or print a dossier</source>
        <translation>แสดงรายการ ดู เปลี่ยนสถานะ สร้าง แก้ไขเคลม หรือพิมพ์แฟ้มเคลม</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unknown claims command &apos;%1&apos;</source>
        <translation>ไม่รู้จักคำสั่ง claims &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The triage queue: highest risk and priority first, then oldest.</source>
        <translation>คิวคัดกรอง: ความเสี่ยงและความเร่งด่วนสูงสุดก่อน แล้วเรื่องที่เก่าที่สุด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted, Under Review, Pending, Approved, Rejected or Paid.</source>
        <translation>Submitted, Under Review, Pending, Approved, Rejected หรือ Paid</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+214"/>
        <location filename="../app/cli/PolicyCommand.cpp" line="-208"/>
        <location line="+186"/>
        <source>H or CD.</source>
        <translation>H หรือ CD</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>LOW, MEDIUM or HIGH.</source>
        <translation>LOW, MEDIUM หรือ HIGH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AUTO_APPROVE, STANDARD_REVIEW, MANUAL_REVIEW, REJECT or QUARANTINE.</source>
        <translation>AUTO_APPROVE, STANDARD_REVIEW, MANUAL_REVIEW, REJECT หรือ QUARANTINE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim ID prefix, national ID or part of the claimant&apos;s name.</source>
        <translation>ต้นเลขเคลม เลขบัตรประชาชน หรือบางส่วนของชื่อผู้เรียกร้อง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N claims (default 50).</source>
        <translation>ไม่เกิน N เคลม (ค่าเริ่มต้น 50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the first K claims.</source>
        <translation>ข้าม K เคลมแรก</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/PortalCommand.cpp" line="+190"/>
        <source>Print a JSON array.</source>
        <translation>พิมพ์เป็นอาร์เรย์ JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown status &apos;%1&apos;</source>
        <translation>ไม่รู้จักสถานะ &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimsAssignment.cpp" line="-4"/>
        <source>Take the first open claim in queue order that nobody holds, and hold it yourself.</source>
        <translation>รับเคลมที่ยังเปิดอยู่รายการแรกตามลำดับคิวที่ยังไม่มีผู้ถือ มาถือเอง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only claims of this type: H or CD.</source>
        <translation>เฉพาะเคลมประเภทนี้: H หรือ CD</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/ClaimsCommand.cpp" line="+3"/>
        <source>unknown claim type &apos;%1&apos; (H or CD)</source>
        <translation>ไม่รู้จักประเภทเคลม &apos;%1&apos; (H หรือ CD)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is yours (%2, %3)
</source>
        <translation>%1 เป็นของคุณแล้ว (%2, %3)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No open claim is free.
</source>
        <translation>ไม่มีเคลมที่เปิดอยู่และว่างเหลือ
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hand a claim to someone (a manager&apos;s act).</source>
        <translation>มอบเคลมให้ผู้อื่น (งานของผู้จัดการ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login who takes the claim.</source>
        <translation>ชื่อเข้าระบบของผู้รับเคลม</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>claims assign needs a claim ID and --to NAME</source>
        <translation>claims assign ต้องมีรหัสเคลมและ --to ชื่อ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is held by %2
</source>
        <translation>%1 อยู่กับ %2
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give a claim back to the queue.</source>
        <translation>คืนเคลมกลับเข้าคิว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>claims release needs a claim ID</source>
        <translation>claims release ต้องมีรหัสเคลม</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is back in the queue
</source>
        <translation>%1 กลับเข้าคิวแล้ว
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
        <translation>วิธีใช้: claimdesk-cli claims list|show|set-status|new [ตัวเลือก]
  list [--status S] [--type H|CD] [--risk L] [--decision D] [--search TEXT]
       [--limit N] [--offset K] [--json]   คิวคัดกรอง ตามลำดับคิว
  show ID [--json]                          เคลมหนึ่งรายการพร้อมเอกสาร ผลการพิจารณา และประวัติ
  set-status ID STATUS [--memo TEXT] [--expect-version N]   เปลี่ยนสถานะ (บันทึกประวัติ)
  new --type H|CD [--amount X] [...]        ยื่นเคลมและพิจารณา
  dossier ID [--out FILE]                   รายงานของเคลมเป็น HTML
  next [--type H|CD] [--json]               รับเคลมที่เปิดอยู่และว่างรายการแรก
  assign ID --to NAME                       มอบเคลมให้ผู้อื่น (ผู้จัดการ)
  release ID                                คืนเคลมกลับเข้าคิว
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>claims needs list, show, set-status, new, edit, next, assign or release</source>
        <translation>claims ต้องตามด้วย list, show, set-status, new, edit, next, assign หรือ release</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unknown risk level &apos;%1&apos; (LOW, MEDIUM, HIGH)</source>
        <translation>ไม่รู้จักระดับความเสี่ยง &apos;%1&apos; (LOW, MEDIUM, HIGH)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown decision &apos;%1&apos;</source>
        <translation>ไม่รู้จักผลพิจารณา &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit and --offset need whole numbers of 0 or more</source>
        <translation>--limit และ --offset ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CLAIM</source>
        <translation>เคลม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYPE</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMOUNT</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RISK</source>
        <translation>ความเสี่ยง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DECISION</source>
        <translation>ผลพิจารณา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATED</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The claim&apos;s dossier as one self-contained HTML page (the desktop app also saves it as PDF).</source>
        <translation>แฟ้มเคลมเป็นหน้า HTML หน้าเดียวที่สมบูรณ์ในตัว (แอปเดสก์ท็อปบันทึกเป็น PDF ได้ด้วย)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>เขียนลงไฟล์ FILE แทนการแสดงผลทางเอาต์พุตมาตรฐาน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>claims dossier needs exactly one claim ID</source>
        <translation>claims dossier ต้องมีรหัสเคลมหนึ่งรายการพอดี</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../app/cli/ExportCommand.cpp" line="+68"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One claim: fields, documents, extracted data, decision, audit trail.</source>
        <translation>เคลมหนึ่งรายการ: ข้อมูล เอกสาร ข้อมูลที่อ่านได้ ผลพิจารณา ประวัติการแก้ไข</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/ImportCommand.cpp" line="+33"/>
        <location filename="../app/cli/InboxCommand.cpp" line="+81"/>
        <location filename="../app/cli/PolicyCommand.cpp" line="-182"/>
        <location line="+47"/>
        <source>Print JSON (the default).</source>
        <translation>พิมพ์เป็น JSON (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>claims show needs exactly one claim ID</source>
        <translation>claims show ต้องมีเลขเคลมหนึ่งเลข</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change a claim&apos;s status; the change is audited.</source>
        <translation>เปลี่ยนสถานะเคลม การเปลี่ยนแปลงถูกบันทึกในประวัติ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted, &quot;Under Review&quot;, Pending, Approved, Rejected or Paid.</source>
        <translation>Submitted, &quot;Under Review&quot;, Pending, Approved, Rejected หรือ Paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note to keep with the claim.</source>
        <translation>บันทึกย่อที่เก็บไว้กับเคลม</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+100"/>
        <source>Fail if the claim is no longer at version N.</source>
        <translation>ล้มเหลวถ้าเคลมไม่ได้อยู่ที่รุ่น N แล้ว</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>claims set-status needs a claim ID and a status</source>
        <translation>claims set-status ต้องมีเลขเคลมและสถานะ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown status &apos;%1&apos; (%2)</source>
        <translation>ไม่รู้จักสถานะ &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a claim is a draft only while the customer files it in the chat</source>
        <translation>เคลมจะเป็นฉบับร่างได้เฉพาะระหว่างที่ลูกค้ายื่นผ่านแชทเท่านั้น</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+112"/>
        <source>--expect-version needs a whole number</source>
        <translation>--expect-version ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>%1: %2 -&gt; %3 (version %4)</source>
        <translation>%1: %2 -&gt; %3 (รุ่น %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File a new claim; it is decided at once.</source>
        <translation>ยื่นเคลมใหม่ ระบบจะพิจารณาทันที</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider is out of network.</source>
        <translation>สถานพยาบาล/อู่อยู่นอกเครือข่าย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An emergency claim.</source>
        <translation>เคลมกรณีฉุกเฉิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Print the claim as JSON.</source>
        <translation>พิมพ์เคลมเป็น JSON</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>claims new needs --type H or --type CD</source>
        <translation>claims new ต้องมี --type H หรือ --type CD</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change a claim&apos;s details; the claim is decided again and every change is audited.</source>
        <translation>แก้ไขรายละเอียดเคลม ระบบจะพิจารณาใหม่และบันทึกทุกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>yes or no.</source>
        <translation>yes หรือ no</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>claims edit needs exactly one claim ID</source>
        <translation>claims edit ต้องมีเลขเคลมหนึ่งเลข</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--in-network and --emergency take yes or no</source>
        <translation>--in-network และ --emergency รับค่า yes หรือ no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claims edit needs at least one change</source>
        <translation>claims edit ต้องมีการเปลี่ยนแปลงอย่างน้อยหนึ่งอย่าง</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: version %2, %3, reimbursement %4</source>
        <translation>%1: รุ่น %2, %3, ค่าสินไหม %4</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="-57"/>
        <source>claims as CSV (detailed, Google Sheets or summary)</source>
        <translation>เคลมเป็นไฟล์ CSV (ละเอียด, Google Sheets หรือสรุป)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to export (csv).</source>
        <translation>สิ่งที่จะส่งออก (csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detailed (default), sheets or summary.</source>
        <translation>detailed (ค่าเริ่มต้น), sheets หรือ summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE (replaced only once complete) instead of standard output.</source>
        <translation>เขียนลงไฟล์ FILE (แทนที่เมื่อเสร็จสมบูรณ์เท่านั้น) แทนเอาต์พุตมาตรฐาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only claims in this status.</source>
        <translation>เฉพาะเคลมในสถานะนี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>say what to export: export csv</source>
        <translation>ระบุสิ่งที่จะส่งออก: export csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format takes detailed, sheets or summary, not &quot;%1&quot;</source>
        <translation>--format ต้องเป็น detailed, sheets หรือ summary ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--status takes one of: %1</source>
        <translation>--status ต้องเป็นค่าใดค่าหนึ่งใน: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n claim(s) written to %1</source>
        <translation>
            <numerusform>เขียน %n เคลมลงใน %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write to standard output</source>
        <translation>เขียนไปยังเอาต์พุตมาตรฐานไม่ได้</translation>
    </message>
    <message>
        <location filename="../app/cli/ExtractCommand.cpp" line="+57"/>
        <source>OCR, classify and extract fields from images and PDFs (JSON Lines)</source>
        <translation>อ่านข้อความ (OCR) จำแนกประเภท และดึงข้อมูลจากรูปภาพและ PDF (JSON Lines)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Images (JPEG, PNG, WebP, TIFF) or PDFs.</source>
        <translation>รูปภาพ (JPEG, PNG, WebP, TIFF) หรือ PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages read in parallel (default: one per core).</source>
        <translation>จำนวนหน้าที่อ่านพร้อมกัน (ค่าเริ่มต้น: หนึ่งหน้าต่อคอร์)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCR languages, Tesseract&apos;s names joined by +, or auto: each page in the languages its script asks for (default auto).</source>
        <translation>ภาษาของ OCR ตามชื่อของ Tesseract คั่นด้วย + หรือ auto: อ่านแต่ละหน้าด้วยภาษาตามอักษรของหน้านั้น (ค่าเริ่มต้น auto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preprocessing steps: default, all, none, a list to keep (grayscale,flatten,join,scale,deskew,denoise,binarize,perspective) or to drop from the default (-deskew).</source>
        <translation>ขั้นตอนเตรียมภาพ: default, all, none, รายการขั้นตอนที่ใช้ (grayscale,flatten,join,scale,deskew,denoise,binarize,perspective) หรือขั้นตอนที่ตัดออกจากค่าเริ่มต้น (-deskew)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include the recognised text.</source>
        <translation>แสดงข้อความที่อ่านได้ด้วย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the configured model read each document too: it fills fields OCR missed and flags values it reads differently (model_value).</source>
        <translation>ให้โมเดลที่ตั้งค่าไว้อ่านเอกสารด้วย: เติมข้อมูลที่ OCR อ่านไม่ได้ และทำเครื่องหมายค่าที่อ่านได้ต่างกัน (model_value)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>extract needs at least one file</source>
        <translation>extract ต้องมีไฟล์อย่างน้อยหนึ่งไฟล์</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--jobs takes a number from 1 to 64</source>
        <translation>--jobs ต้องเป็นตัวเลข 1 ถึง 64</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--llm needs a model: configure one in the settings or pass --llm-provider</source>
        <translation>--llm ต้องใช้โมเดล: ตั้งค่าในหน้าการตั้งค่าหรือระบุ --llm-provider</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>claimdesk-cli: %1 of %2 files could not be read</source>
        <translation>claimdesk-cli: อ่านไม่ได้ %1 จาก %2 ไฟล์</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="-15"/>
        <source>store documents (images, PDF) on a claim or a new claim, read them and decide the claim again</source>
        <translation>จัดเก็บเอกสาร (รูปภาพ PDF) ในเคลมหรือเคลมใหม่ อ่านเอกสาร และพิจารณาเคลมใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>JPEG, PNG, WebP, TIFF or PDF files.</source>
        <translation>แฟ้ม JPEG, PNG, WebP, TIFF หรือ PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach to this claim.</source>
        <translation>แนบกับเคลมนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a new claim of this type (H or CD).</source>
        <translation>เปิดเคลมใหม่ประเภทนี้ (H หรือ CD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only store the files; do not read them.</source>
        <translation>จัดเก็บไฟล์อย่างเดียว ไม่ต้องอ่านข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCR languages, or auto: as the page&apos;s script asks (default auto).</source>
        <translation>ภาษาของ OCR หรือ auto: ตามอักษรของหน้า (ค่าเริ่มต้น auto)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import needs at least one file</source>
        <translation>import ต้องมีอย่างน้อยหนึ่งแฟ้ม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import needs either --claim ID or --new-claim H|CD</source>
        <translation>import ต้องมี --claim ID หรือ --new-claim H|CD อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--new-claim needs H or CD</source>
        <translation>--new-claim ต้องเป็น H หรือ CD</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 is stored but could not be read: %2</source>
        <translation>จัดเก็บ %1 แล้ว แต่อ่านไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already on claim %2 (same content)</source>
        <translation>%1 มีอยู่ในเคลม %2 แล้ว (เนื้อหาเดียวกัน)</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="+19"/>
        <source>create or migrate the database; --demo adds demo data, --claims N synthetic claims</source>
        <translation>สร้างหรือปรับปรุงฐานข้อมูล --demo เพิ่มข้อมูลตัวอย่าง --claims N เพิ่มเคลมจำลอง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the demo policy holders, formulary and claims.</source>
        <translation>เพิ่มผู้ถือกรมธรรม์ บัญชียา และเคลมตัวอย่าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add N synthetic claims with decisions.</source>
        <translation>เพิ่มเคลมจำลอง N รายการพร้อมผลพิจารณา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed for --claims (same seed, same book).</source>
        <translation>ค่าเริ่มสุ่มสำหรับ --claims (ค่าเดียวกันได้ชุดเดียวกัน)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spread --claims over the last D days (default 90).</source>
        <translation>กระจาย --claims ในช่วง D วันล่าสุด (ค่าเริ่มต้น 90)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>init takes no arguments</source>
        <translation>init ไม่รับอาร์กิวเมนต์</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--claims needs a whole number from 0 to %1</source>
        <translation>--claims ต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--days needs a whole number from 1 to %1</source>
        <translation>--days ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>--seed needs a whole number</source>
        <translation>--seed ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database ready: %1 (schema version %2)</source>
        <translation>ฐานข้อมูลพร้อม: %1 (โครงสร้างรุ่น %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demo data: %1 policy holders, %2 demo claims added</source>
        <translation>ข้อมูลตัวอย่าง: ผู้ถือกรมธรรม์ %1 ราย เพิ่มเคลมตัวอย่าง %2 รายการ</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/cli/RulesCommand.cpp" line="+121"/>
        <source>%1 of %2 claims</source>
        <translation>%1 จาก %2 เคลม</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Synthetic claims: %1 written in %2 s</source>
        <translation>เคลมจำลอง: เขียน %1 รายการใน %2 วินาที</translation>
    </message>
    <message>
        <location filename="../app/cli/RangeOptions.cpp" line="+14"/>
        <source>First day of creation (YYYY-MM-DD).</source>
        <translation>วันแรกที่สร้าง (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of creation (YYYY-MM-DD, default today).</source>
        <translation>วันสุดท้ายที่สร้าง (YYYY-MM-DD ค่าเริ่มต้นวันนี้)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only claims of this type (H or CD).</source>
        <translation>เฉพาะเคลมประเภทนี้ (H หรือ CD)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--to takes a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--to ต้องเป็นวันที่ YYYY-MM-DD ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--from takes a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--from ต้องเป็นวันที่ YYYY-MM-DD ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--from (%1) is after --to (%2)</source>
        <translation>--from (%1) อยู่หลัง --to (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--from %1 to --to %2 is longer than the limit of %3 days</source>
        <translation>ช่วง --from %1 ถึง --to %2 ยาวเกินขีดจำกัด %3 วัน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--type takes H or CD, not &quot;%1&quot;</source>
        <translation>--type ต้องเป็น H หรือ CD ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="-89"/>
        <source>show, check, set or reset the decision rule set; rescore open claims</source>
        <translation>แสดง ตรวจสอบ ตั้ง หรือคืนค่าชุดกฎการพิจารณา และประเมินเคลมที่ค้างอยู่ใหม่</translation>
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
        <translation>วิธีใช้: claimdesk-cli rules show|check FILE|set FILE|reset|rescore
  show         แสดงชุดกฎที่ใช้อยู่ในสมุดงาน (JSON) ชุดกฎของสมุดงานของทีม
               กำหนดได้เฉพาะผู้ดูแลระบบของทีม
  check FILE   ตรวจแฟ้มกฎ ระบุทุกคีย์ที่ผิด
  set FILE [--no-rescore]  ตรวจแล้วใช้เป็นชุดกฎ และประเมินเคลมที่เปิดอยู่ใหม่
               (เว้นแต่มี --no-rescore)
  reset        กลับไปใช้ค่าเริ่มต้นตามข้อกำหนด และประเมินเคลมที่เปิดอยู่ใหม่
  rescore [--all]  พิจารณาเคลมที่เปิดอยู่ทุกรายการ (หรือทุกเคลม) ใหม่ด้วยชุดกฎที่ใช้อยู่
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>rules %1 needs a file</source>
        <translation>rules %1 ต้องมีแฟ้ม</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rule set %1 is valid</source>
        <translation>ชุดกฎ %1 ถูกต้อง</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rules rescore takes only --all</source>
        <translation>rules rescore รับเฉพาะ --all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown rules command &apos;%1&apos;</source>
        <translation>ไม่รู้จักคำสั่ง rules &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team decides by these rules from now on; open claims are re-decided by an adjuster or manager with `claimdesk-cli rules rescore`
</source>
        <translation>ทีมจะพิจารณาตามกฎชุดนี้ตั้งแต่นี้ไป ผู้ตรวจสอบเคลมหรือผู้จัดการพิจารณาเคลมที่เปิดอยู่ใหม่ด้วย `claimdesk-cli rules rescore`
</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Re-scored all %1 claims with rule set %2 in %3 s</source>
        <translation>ประเมินเคลมทั้งหมด %1 รายการใหม่ด้วยชุดกฎ %2 ใน %3 วินาที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-scored %1 open claims with rule set %2 in %3 s</source>
        <translation>ประเมินเคลมที่ค้างอยู่ใหม่ %1 รายการด้วยชุดกฎ %2 ใน %3 วินาที</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="-16"/>
        <location line="+44"/>
        <source>n/a</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>the manager figures over claims created in a range (default: last 30 days)</source>
        <translation>ตัวเลขสำหรับผู้จัดการของเคลมที่สร้างในช่วงวันที่ (ค่าเริ่มต้น: 30 วันล่าสุด)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Claims created %1 to %2: %3
</source>
        <translation>เคลมที่สร้างตั้งแต่ %1 ถึง %2: %3
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid: health %1, car damage %2
</source>
        <translation>จ่ายแล้ว: สุขภาพ %1 รถยนต์ %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy: %1   Auto-approval: %2   Average response: %3
</source>
        <translation>ความแม่นยำ: %1   อนุมัติอัตโนมัติ: %2   เวลาตอบเฉลี่ย: %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 มิลลิวินาที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open backlog: %1
</source>
        <translation>งานค้าง: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/SummarizeCommand.cpp" line="-8"/>
        <source>a 3-4 sentence summary of a claim (model, or factual fallback)</source>
        <translation>สรุปเคลม 3-4 ประโยค (จากโมเดล หรือสรุปตามข้อเท็จจริง)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>summarize needs exactly one claim ID</source>
        <translation>summarize ต้องมีเลขเคลมหนึ่งเลข</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>claimdesk-cli: the model&apos;s summary was not used (%1); the factual summary follows</source>
        <translation>claimdesk-cli: ไม่ได้ใช้สรุปจากโมเดล (%1) จึงแสดงสรุปตามข้อเท็จจริงแทน</translation>
    </message>
    <message>
        <location filename="../app/cli/UsageCommand.cpp" line="-14"/>
        <source>model calls, tokens and cost from the ledger</source>
        <translation>การเรียกโมเดล โทเค็น และค่าใช้จ่ายจากบัญชีการใช้งาน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First day (YYYY-MM-DD, default 30 days ago).</source>
        <translation>วันแรก (YYYY-MM-DD ค่าเริ่มต้น 30 วันก่อน)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day (YYYY-MM-DD, default today).</source>
        <translation>วันสุดท้าย (YYYY-MM-DD ค่าเริ่มต้นวันนี้)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows by operation (default), claim, hour, day, week, month or year.</source>
        <translation>แยกแถวตามงาน (ค่าเริ่มต้น) เคลม ชั่วโมง วัน สัปดาห์ เดือน หรือปี</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--from and --to take dates YYYY-MM-DD, --from first</source>
        <translation>--from และ --to ต้องเป็นวันที่ YYYY-MM-DD โดย --from มาก่อน</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--by takes operation, claim, hour, day, week, month or year</source>
        <translation>--by ต้องเป็น operation, claim, hour, day, week, month หรือ year</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 calls (%2 failed), %3 tokens in, %4 out, %5 %6</source>
        <translation>เรียก %1 ครั้ง (ล้มเหลว %2), โทเค็นขาเข้า %3, ขาออก %4, %5 %6</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommand.cpp" line="-123"/>
        <source>set up a team book on PostgreSQL (init), move a desk&apos;s book into it (import-book)</source>
        <translation>ตั้งสมุดเคลมของทีมบน PostgreSQL (init) และย้ายสมุดเคลมของโต๊ะเข้าไป (import-book)</translation>
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
        <translation>วิธีใช้: claimdesk-cli --db-url URL team init
  init    สร้างหรือปรับโครงสร้างข้อมูลของทีมและบทบาทกลุ่มทั้งสี่
          (claimdesk_adjuster, _manager, _admin, _auditor) เรียกโดยชื่อเข้าระบบ
          ที่สร้างบทบาทได้ เรียกซ้ำได้อย่างปลอดภัย
  import-book FILE.sqlite [--json]
          คัดลอกสมุดเคลมทั้งเล่มของโต๊ะหนึ่งเข้าสมุดเคลมของทีมที่ว่างอยู่ รหัสคงเดิม
          ทั้งหมดหรือไม่มีเลย ตรวจด้วยจำนวนแถวและค่าตรวจสอบ
  remember-password [--password-file FILE] [--forget]
          เก็บรหัสผ่านของชื่อเข้าระบบใน --db-url ไว้ในที่เก็บรหัสผ่านของระบบ
          (อ่านจาก FILE หรือบรรทัดแรกของอินพุตมาตรฐาน ตรวจกับเซิร์ฟเวอร์ก่อน)
          หรือลืมรหัสผ่านนั้น
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>team needs init, import-book or remember-password</source>
        <translation>team ต้องตามด้วย init, import-book หรือ remember-password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown team command &apos;%1&apos;</source>
        <translation>ไม่รู้จักคำสั่ง team &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>team init needs the team book&apos;s --db-url</source>
        <translation>team init ต้องมี --db-url ของสมุดเคลมของทีม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team book ready: %1 (roles claimdesk_adjuster, claimdesk_manager, claimdesk_admin, claimdesk_auditor)
</source>
        <translation>สมุดเคลมของทีมพร้อมแล้ว: %1 (บทบาท claimdesk_adjuster, claimdesk_manager, claimdesk_admin, claimdesk_auditor)
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy a desk&apos;s whole book into this empty team book, all or nothing.</source>
        <translation>คัดลอกสมุดเคลมทั้งเล่มของโต๊ะเข้าสมุดเคลมของทีมที่ว่างอยู่ ทั้งหมดหรือไม่มีเลย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desk&apos;s SQLite book.</source>
        <translation>สมุดเคลม SQLite ของโต๊ะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON counts.</source>
        <translation>พิมพ์จำนวนเป็น JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>team import-book needs one book file</source>
        <translation>team import-book ต้องมีไฟล์สมุดเคลมหนึ่งไฟล์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>team import-book needs the team book&apos;s --db-url</source>
        <translation>team import-book ต้องมี --db-url ของสมุดเคลมของทีม</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 rows
</source>
        <translation>%1 จาก %2 แถว
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Moved %1 rows into %2 in %3 s, every table checked
</source>
        <translation>ย้าย %1 แถวเข้า %2 ใน %3 วินาที ตรวจครบทุกตาราง
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep the --db-url login&apos;s password in the system keychain, or forget it.</source>
        <translation>เก็บรหัสผ่านของชื่อเข้าระบบใน --db-url ไว้ในที่เก็บรหัสผ่านของระบบ หรือลืมรหัสผ่านนั้น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file whose first line is the password (default: standard input).</source>
        <translation>แฟ้มที่บรรทัดแรกเป็นรหัสผ่าน (ค่าเริ่มต้น: อินพุตมาตรฐาน)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the kept password instead.</source>
        <translation>ลบรหัสผ่านที่เก็บไว้แทน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>team remember-password needs the team book&apos;s --db-url</source>
        <translation>team remember-password ต้องมี --db-url ของสมุดเคลมของทีม</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forgot the password of %1
</source>
        <translation>ลืมรหัสผ่านของ %1 แล้ว
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password of %1 is kept in the system keychain
</source>
        <translation>เก็บรหัสผ่านของ %1 ไว้ในที่เก็บรหัสผ่านของระบบแล้ว
</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="-79"/>
        <source>the people of a team book: add, list, set (administrators)</source>
        <translation>สมาชิกของสมุดเคลมทีม: add, list, set (ผู้ดูแลระบบ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: claimdesk-cli --db-url URL users add|list|set
  add NAME --role adjuster|manager|admin|auditor [--limit AMOUNT]
      [--password-file FILE]              a login in a group
  list [--json]                           everyone, with role, limit and access
  set NAME [--role R] [--limit AMOUNT] [--disable|--enable]
</source>
        <translation>วิธีใช้: claimdesk-cli --db-url URL users add|list|set
  add NAME --role adjuster|manager|admin|auditor [--limit AMOUNT]
      [--password-file FILE]              ชื่อเข้าระบบในกลุ่มหนึ่ง
  list [--json]                           ทุกคน พร้อมบทบาท วงเงิน และสิทธิ์เข้าระบบ
  set NAME [--role R] [--limit AMOUNT] [--disable|--enable]
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>users needs add, list or set</source>
        <translation>users ต้องตามด้วย add, list หรือ set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown users command &apos;%1&apos;</source>
        <translation>ไม่รู้จักคำสั่ง users &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a login in one of the team&apos;s groups.</source>
        <translation>สร้างชื่อเข้าระบบในกลุ่มหนึ่งของทีม</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>The login.</source>
        <translation>ชื่อเข้าระบบ</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+83"/>
        <source>adjuster, manager, admin or auditor.</source>
        <translation>adjuster, manager, admin หรือ auditor</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Authority limit: the largest amount they may approve or pay (default 0).</source>
        <translation>วงเงินอำนาจอนุมัติ: ยอดสูงสุดที่อนุมัติหรือจ่ายได้ (ค่าเริ่มต้น 0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file whose first line is the password.</source>
        <translation>ไฟล์ที่บรรทัดแรกเป็นรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>users add needs one login name</source>
        <translation>users add ต้องมีชื่อเข้าระบบหนึ่งชื่อ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+85"/>
        <source>--role takes %1</source>
        <translation>--role รับค่า %1</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+82"/>
        <source>--limit takes an amount such as 50000.00</source>
        <translation>--limit รับยอดเงิน เช่น 50000.00</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>%1 added as %2 (limit %3)
</source>
        <translation>เพิ่ม %1 เป็น %2 แล้ว (วงเงิน %3)
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everyone in the team&apos;s groups.</source>
        <translation>ทุกคนในกลุ่มของทีม</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>ปิดใช้งาน</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change a person&apos;s role, limit or access.</source>
        <translation>เปลี่ยนบทบาท วงเงิน หรือสิทธิ์เข้าระบบของบุคคล</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New authority limit.</source>
        <translation>วงเงินอำนาจอนุมัติใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login can no longer connect.</source>
        <translation>ชื่อเข้าระบบนี้เชื่อมต่อไม่ได้อีก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login can connect.</source>
        <translation>ชื่อเข้าระบบนี้เชื่อมต่อได้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>users set needs one login name</source>
        <translation>users set ต้องมีชื่อเข้าระบบหนึ่งชื่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--disable and --enable cannot go together</source>
        <translation>ใช้ --disable กับ --enable พร้อมกันไม่ได้</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>say what to change: --role, --limit, --disable or --enable</source>
        <translation>ระบุสิ่งที่จะเปลี่ยน: --role, --limit, --disable หรือ --enable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 changed
</source>
        <translation>เปลี่ยน %1 แล้ว
</translation>
    </message>
    <message>
        <location filename="../app/cli/DbCommand.cpp" line="-24"/>
        <source>check a desk book for damage, or recover what can be read into a new one</source>
        <translation>ตรวจสมุดงานบนเครื่องว่าเสียหายหรือไม่ หรือกู้ส่วนที่ยังอ่านได้ลงในสมุดงานใหม่</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>db works on a desk book (--db FILE); a team server keeps its own pages</source>
        <translation>db ใช้กับสมุดงานบนเครื่อง (--db FILE) เท่านั้น เซิร์ฟเวอร์ของทีมดูแลข้อมูลของตนเอง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: claimdesk-cli [--db FILE] db check|recover --out NEW
  check           SQLite&apos;s integrity check of the book
  recover --out NEW  what can be read, into a new book
</source>
        <translation>วิธีใช้: claimdesk-cli [--db FILE] db check|recover --out NEW
  check           ตรวจความสมบูรณ์ของสมุดงานด้วย SQLite
  recover --out NEW  บันทึกส่วนที่ยังอ่านได้ลงในสมุดงานใหม่
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>db needs check or recover</source>
        <translation>db ต้องตามด้วย check หรือ recover</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite&apos;s integrity check of the desk book.</source>
        <translation>ตรวจความสมบูรณ์ของสมุดงานบนเครื่องด้วย SQLite</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no damage found</source>
        <translation>%1: ไม่พบความเสียหาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged:</source>
        <translation>%1 เสียหาย:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save what can be read of the desk book into a new book.</source>
        <translation>บันทึกส่วนที่ยังอ่านได้ของสมุดงานบนเครื่องลงในสมุดงานใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new book (a file that does not exist yet).</source>
        <translation>สมุดงานใหม่ (ไฟล์ที่ยังไม่มีอยู่)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>db recover needs --out FILE</source>
        <translation>db recover ต้องระบุ --out FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/InboxCommand.cpp" line="-13"/>
        <source>take in the documents arriving in a watched folder or a mailbox</source>
        <translation>รับเอกสารที่เข้ามาในโฟลเดอร์ที่เฝ้าดูหรือกล่องจดหมาย</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>folder DIR: the folder to take documents from; imap URL: the mailbox&apos;s server (imaps://HOST[:PORT]).</source>
        <translation>folder DIR: โฟลเดอร์ที่จะรับเอกสาร; imap URL: เซิร์ฟเวอร์ของกล่องจดหมาย (imaps://HOST[:PORT])</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take in what has arrived (and settled), then stop (default: keep watching).</source>
        <translation>รับสิ่งที่เข้ามา (และนิ่งแล้ว) แล้วหยุด (ค่าเริ่มต้น: เฝ้าดูต่อไป)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imap: the mailbox&apos;s login.</source>
        <translation>imap: ชื่อเข้าใช้ของกล่องจดหมาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imap: the mail folder to take from (default INBOX).</source>
        <translation>imap: โฟลเดอร์จดหมายที่จะรับ (ค่าเริ่มต้น INBOX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imap: the certificate authorities to trust (default: the system&apos;s).</source>
        <translation>imap: ผู้ออกใบรับรองที่เชื่อถือ (ค่าเริ่มต้น: ของระบบ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imap: a file whose first line is the password (default: the system keychain).</source>
        <translation>imap: แฟ้มที่บรรทัดแรกเป็นรหัสผ่าน (ค่าเริ่มต้น: พวงกุญแจของระบบ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imap: check the password (--password-file, else standard input) and keep it in the system keychain, then stop.</source>
        <translation>imap: ตรวจรหัสผ่าน (--password-file หรือจาก standard input) แล้วเก็บไว้ในพวงกุญแจของระบบ แล้วหยุด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imap: remove the kept password, then stop.</source>
        <translation>imap: ลบรหัสผ่านที่เก็บไว้ แล้วหยุด</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>inbox needs: folder DIR, or imap URL --user USER</source>
        <translation>inbox ต้องมี: folder DIR หรือ imap URL --user USER</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No password for %1 (%2). Keep one with `claimdesk-cli inbox imap URL --user USER --remember-password`, or give --password-file</source>
        <translation>ไม่มีรหัสผ่านสำหรับ %1 (%2) เก็บไว้ด้วย `claimdesk-cli inbox imap URL --user USER --remember-password` หรือระบุ --password-file</translation>
    </message>
    <message>
        <location filename="../app/cli/PortalCommand.cpp" line="-91"/>
        <source>keep insurer portals, file approved claims on them and read their status</source>
        <translation>จัดการพอร์ทัลบริษัทประกัน ยื่นเคลมที่อนุมัติแล้ว และอ่านสถานะกลับมา</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>portal needs one of: add, list, remove, submit, status</source>
        <translation>portal ต้องตามด้วยหนึ่งใน: add, list, remove, submit, status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep an insurer portal and its recipe.</source>
        <translation>เก็บพอร์ทัลบริษัทประกันพร้อมสูตรการกรอก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recipe (JSON).</source>
        <translation>สูตรการกรอก (JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>The portal&apos;s name.</source>
        <translation>ชื่อพอร์ทัล</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>The portal&apos;s address.</source>
        <translation>ที่อยู่ของพอร์ทัล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login on the portal.</source>
        <translation>ชื่อผู้ใช้บนพอร์ทัล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The status a claim moves to once filed (default Pending).</source>
        <translation>สถานะที่เคลมจะเปลี่ยนไปเมื่อยื่นแล้ว (ค่าเริ่มต้น Pending)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file whose first line is the portal&apos;s password, kept in the system keychain.</source>
        <translation>ไฟล์ที่บรรทัดแรกเป็นรหัสผ่านของพอร์ทัล ซึ่งจะเก็บไว้ในพวงกุญแจของระบบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the portal as JSON.</source>
        <translation>แสดงพอร์ทัลเป็น JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>portal add needs: RECIPE.json --name NAME --url URL --user USER</source>
        <translation>portal add ต้องมี: RECIPE.json --name NAME --url URL --user USER</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown status &quot;%1&quot;; known: %2</source>
        <translation>ไม่รู้จักสถานะ &quot;%1&quot; ที่รู้จัก: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The portal was kept, its password not: %1</source>
        <translation>เก็บพอร์ทัลแล้ว แต่ไม่ได้เก็บรหัสผ่าน: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept the portal %1 (%2)
</source>
        <translation>เก็บพอร์ทัล %1 (%2) แล้ว
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the insurer portals.</source>
        <translation>แสดงรายการพอร์ทัลบริษัทประกัน</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove an insurer portal and its kept password.</source>
        <translation>ลบพอร์ทัลบริษัทประกันและรหัสผ่านที่เก็บไว้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>portal remove needs: NAME</source>
        <translation>portal remove ต้องมี: NAME</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No password for the portal %1 (%2). Keep one with `claimdesk-cli portal add ... --password-file FILE`, or set CLAIMDESK_PORTAL_PASSWORD</source>
        <translation>ไม่มีรหัสผ่านของพอร์ทัล %1 (%2) เก็บไว้ด้วย `claimdesk-cli portal add ... --password-file FILE` หรือตั้งค่า CLAIMDESK_PORTAL_PASSWORD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File approved claims on an insurer portal.</source>
        <translation>ยื่นเคลมที่อนุมัติแล้วบนพอร์ทัลบริษัทประกัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The claims.</source>
        <translation>เคลมที่จะยื่น</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>The portal.</source>
        <translation>พอร์ทัล</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>File a claim again that was filed before.</source>
        <translation>ยื่นเคลมที่เคยยื่นแล้วอีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>One JSON line per claim.</source>
        <translation>JSON หนึ่งบรรทัดต่อเคลม</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>portal submit needs: ID... --portal NAME</source>
        <translation>portal submit ต้องมี: ID... --portal NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this build has no browser to fill a portal in (built without the GUI)</source>
        <translation>โปรแกรมชุดนี้ไม่มีเบราว์เซอร์สำหรับกรอกพอร์ทัล (สร้างโดยไม่มี GUI)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Read the status of filed claims on an insurer portal.</source>
        <translation>อ่านสถานะของเคลมที่ยื่นบนพอร์ทัลบริษัทประกัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One claim (default: every claim filed there).</source>
        <translation>เคลมเดียว (ค่าเริ่มต้น: ทุกเคลมที่ยื่นที่นั่น)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>portal status needs: [ID] --portal NAME</source>
        <translation>portal status ต้องมี: [ID] --portal NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this build has no browser to read a portal in (built without the GUI)</source>
        <translation>โปรแกรมชุดนี้ไม่มีเบราว์เซอร์สำหรับอ่านพอร์ทัล (สร้างโดยไม่มี GUI)</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Decision</name>
    <message>
        <location filename="../core/decision/ClaimSummarizer.cpp" line="+22"/>
        <source>%1 claim %2</source>
        <translation>เคลม%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> for %1</source>
        <translation> จำนวน %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> from %1</source>
        <translation> จาก %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> at %1</source>
        <translation> ที่ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, service on %1</source>
        <translation> รับบริการวันที่ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, diagnosis %1</source>
        <translation> การวินิจฉัย %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, is %1.</source>
        <translation> สถานะ: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has not been decided yet.</source>
        <translation>ยังไม่ได้พิจารณา.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: run the decision rules on it.</source>
        <translation>ขั้นต่อไป: พิจารณาด้วยกฎ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rules (version %1) decided %2 at %3 risk (score %4, quality %5), with a reimbursement of %6.</source>
        <translation>กฎ (รุ่น %1) พิจารณาให้%2 ความเสี่ยง%3 (คะแนน %4 คุณภาพข้อมูล %5) ค่าสินไหม %6.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rules (version %1) stopped it at validation: %2 with quality %3, so nothing is reimbursed.</source>
        <translation>กฎ (รุ่น %1) หยุดเคลมนี้ที่ขั้นตรวจข้อมูล: %2 คุณภาพข้อมูล %3 จึงไม่มีค่าสินไหม.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No risk factor or data problem was found.</source>
        <translation>ไม่พบปัจจัยเสี่ยงหรือปัญหาข้อมูล.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notable: %1.</source>
        <translation>ข้อสังเกต: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next: pay %1.</source>
        <translation>ขั้นต่อไป: จ่าย %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: an adjuster reviews the documents within the service level.</source>
        <translation>ขั้นต่อไป: พนักงานตรวจสอบเอกสารภายในเวลาที่กำหนด.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: a senior adjuster or the fraud team reviews it before any payment.</source>
        <translation>ขั้นต่อไป: ผู้ตรวจสอบอาวุโสหรือทีมป้องกันการทุจริตตรวจสอบก่อนจ่าย.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: tell the customer what is missing so the claim can be resubmitted.</source>
        <translation>ขั้นต่อไป: แจ้งลูกค้าว่าขาดอะไรเพื่อยื่นเคลมใหม่.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: complete or correct the claim&apos;s data, then decide again.</source>
        <translation>ขั้นต่อไป: เติมหรือแก้ไขข้อมูลเคลม แล้วพิจารณาใหม่.</translation>
    </message>
    <message>
        <location filename="../core/decision/FieldCorrection.cpp" line="+40"/>
        <source>%1: &quot;%2&quot; is not an amount (for example 1,250.00)</source>
        <translation>%1: &quot;%2&quot; ไม่ใช่จำนวนเงิน (เช่น 1,250.00)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a date (for example 2026-11-21 or 21/11/2569)</source>
        <translation>%1: &quot;%2&quot; ไม่ใช่วันที่ (เช่น 2026-11-21 หรือ 21/11/2569)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a valid 13-digit national ID (its check digit does not match)</source>
        <translation>%1: &quot;%2&quot; ไม่ใช่เลขประจำตัวประชาชน 13 หลักที่ถูกต้อง (เลขตรวจสอบไม่ตรง)</translation>
    </message>
    <message>
        <location filename="../core/decision/JsonLinesDecider.cpp" line="+436"/>
        <source>line %1 is longer than the limit of %2; nothing after it was read</source>
        <translation>บรรทัด %1 ยาวเกินขีดจำกัด %2 ไม่ได้อ่านส่วนที่อยู่หลังจากนั้น</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the input failed: %1</source>
        <translation>อ่านข้อมูลนำเข้าไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source>Writing the output failed: %1</source>
        <translation>เขียนผลลัพธ์ไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../core/decision/RuleSet.cpp" line="+151"/>
        <source>The rules file is not valid JSON: %1 at character %2</source>
        <translation>แฟ้มกฎไม่ใช่ JSON ที่ถูกต้อง: %1 ที่ตัวอักษร %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rules file must hold a JSON object</source>
        <translation>แฟ้มกฎต้องเป็นออบเจกต์ JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>version: must be a non-empty text</source>
        <translation>version: ต้องเป็นข้อความที่ไม่ว่าง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: unknown section</source>
        <translation>%1: ไม่รู้จักหมวดนี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: must be an object</source>
        <translation>%1: ต้องเป็นออบเจกต์</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: unknown key</source>
        <translation>%1: ไม่รู้จักคีย์นี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: must be a whole number from %2 to %3</source>
        <translation>%1: ต้องเป็นจำนวนเต็มตั้งแต่ %2 ถึง %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: must be an amount of zero or more, such as &quot;250.00&quot;</source>
        <translation>%1: ต้องเป็นจำนวนเงินตั้งแต่ศูนย์ขึ้นไป เช่น &quot;250.00&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: must be a rate from 0 to 1, such as 0.80</source>
        <translation>%1: ต้องเป็นอัตราระหว่าง 0 ถึง 1 เช่น 0.80</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: must be true or false</source>
        <translation>%1: ต้องเป็น true หรือ false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: must be a list of amounts above zero</source>
        <translation>%1: ต้องเป็นรายการจำนวนเงินที่มากกว่าศูนย์</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: must be a list of words of two letters or more</source>
        <translation>%1: ต้องเป็นรายการคำที่ยาวสองตัวอักษรขึ้นไป</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>levels.medium_at_least: must not be above levels.high_at_least</source>
        <translation>levels.medium_at_least: ต้องไม่มากกว่า levels.high_at_least</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>risk.elevated_above: must not be above risk.high_amount_at_least</source>
        <translation>risk.elevated_above: ต้องไม่มากกว่า risk.high_amount_at_least</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The rules file has %n problem(s):</source>
        <translation>
            <numerusform>แฟ้มกฎมีปัญหา %n ข้อ:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/decision/RuleText.cpp" line="+15"/>
        <source>%1 risk points</source>
        <translation>ความเสี่ยง %1 คะแนน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 quality points</source>
        <translation>คุณภาพข้อมูล %1 คะแนน</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Claim ID is missing (blocking)</source>
        <translation>ไม่มีเลขเคลม (ดำเนินการต่อไม่ได้)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim amount is missing (blocking)</source>
        <translation>ไม่มีจำนวนเงินที่เรียกร้อง (ดำเนินการต่อไม่ได้)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim amount is not a number (blocking)</source>
        <translation>จำนวนเงินที่เรียกร้องไม่ใช่ตัวเลข (ดำเนินการต่อไม่ได้)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim amount is zero or negative (blocking)</source>
        <translation>จำนวนเงินที่เรียกร้องเป็นศูนย์หรือติดลบ (ดำเนินการต่อไม่ได้)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim type is missing</source>
        <translation>ไม่มีประเภทเคลม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service date is missing</source>
        <translation>ไม่มีวันที่รับบริการ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service date is not a valid YYYY-MM-DD date</source>
        <translation>วันที่รับบริการไม่ใช่วันที่แบบ YYYY-MM-DD ที่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagnosis code is missing</source>
        <translation>ไม่มีรหัสการวินิจฉัย</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Amount is above %1</source>
        <translation>จำนวนเงินเกิน %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Line items do not add up to the claim amount (off by more than %1)</source>
        <translation>ผลรวมรายการไม่ตรงกับจำนวนเงินที่เรียกร้อง (ต่างกันเกิน %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service date is after the evaluation date</source>
        <translation>วันที่รับบริการอยู่หลังวันที่ประเมิน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider name given</source>
        <translation>มีชื่อสถานพยาบาล/อู่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Treatment notes given</source>
        <translation>มีบันทึกการรักษา</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line items given</source>
        <translation>มีรายการค่าใช้จ่าย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected: a blocking issue stops the claim; reimbursement 0.00</source>
        <translation>ปฏิเสธ: มีปัญหาที่ทำให้ดำเนินการต่อไม่ได้ ค่าสินไหม 0.00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantined: quality score below %1 needs data clean-up; reimbursement 0.00</source>
        <translation>กักไว้: คะแนนคุณภาพข้อมูลต่ำกว่า %1 ต้องแก้ไขข้อมูล ค่าสินไหม 0.00</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out-of-network: reimbursement x %1 (deductible %2, rate %3)</source>
        <translation>นอกเครือข่าย: ค่าสินไหม x %1 (ค่าเสียหายส่วนแรก %2 อัตรา %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority HIGH: emergency</source>
        <translation>ความเร่งด่วนสูง: กรณีฉุกเฉิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority HIGH: amount %1 or more</source>
        <translation>ความเร่งด่วนสูง: จำนวนเงินตั้งแต่ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority MEDIUM: amount above %1</source>
        <translation>ความเร่งด่วนปานกลาง: จำนวนเงินเกิน %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority LOW: amount %1 or less</source>
        <translation>ความเร่งด่วนต่ำ: จำนวนเงินไม่เกิน %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount is %1 or more</source>
        <translation>จำนวนเงินตั้งแต่ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Out-of-network provider</source>
        <translation>สถานพยาบาล/อู่นอกเครือข่าย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount is a suspiciously round figure</source>
        <translation>จำนวนเงินเป็นตัวเลขกลมที่น่าสงสัย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency claim</source>
        <translation>เคลมกรณีฉุกเฉิน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quality score below %1</source>
        <translation>คะแนนคุณภาพข้อมูลต่ำกว่า %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A service or bill date is outside the claimant&apos;s policy period</source>
        <translation>วันที่รับบริการหรือวันที่ในใบเสร็จอยู่นอกระยะเวลากรมธรรม์ของผู้เอาประกัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bill is from a merchant that is not a medical provider</source>
        <translation>ใบเสร็จมาจากร้านค้าที่ไม่ใช่สถานพยาบาล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bill is more than %1 days older than the claim</source>
        <translation>ใบเสร็จเก่ากว่าวันยื่นเคลมเกิน %1 วัน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same bill is on another claim</source>
        <translation>ใบเสร็จเดียวกันอยู่ในเคลมอื่นด้วย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HIGH risk (%1 points or more): manual review by a senior adjuster</source>
        <translation>ความเสี่ยงสูง (ตั้งแต่ %1 คะแนน): ให้ผู้ตรวจสอบอาวุโสพิจารณา</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MEDIUM risk (%1 to %2 points): standard review</source>
        <translation>ความเสี่ยงปานกลาง (%1 ถึง %2 คะแนน): ตรวจสอบปกติ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LOW risk, amount %1 or less, in network, no data issue: approved automatically</source>
        <translation>ความเสี่ยงต่ำ จำนวนเงินไม่เกิน %1 ในเครือข่าย ข้อมูลครบ: อนุมัติอัตโนมัติ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LOW risk but not eligible for auto-approval (amount above %1, out of network or a data issue): standard review</source>
        <translation>ความเสี่ยงต่ำแต่ไม่เข้าเกณฑ์อนุมัติอัตโนมัติ (จำนวนเงินเกิน %1 นอกเครือข่าย หรือข้อมูลไม่ครบ): ตรวจสอบปกติ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an unnamed merchant</source>
        <translation>ร้านค้าที่ไม่ทราบชื่อ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 to %2</source>
        <translation>%1 ถึง %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service date %1 is outside the policy period (%2)</source>
        <translation>วันที่รับบริการ %1 อยู่นอกระยะเวลากรมธรรม์ (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bill of %1 dated %2 is outside the policy period (%3)</source>
        <translation>ใบเสร็จของ %1 ลงวันที่ %2 อยู่นอกระยะเวลากรมธรรม์ (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a medical provider (if it is, add it to the rules&apos; provider list)</source>
        <translation>%1 ไม่ใช่สถานพยาบาล (หากใช่ ให้เพิ่มในรายชื่อสถานพยาบาลของกฎ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bill of %1 dated %2 is %3 days older than the claim; the window is %4 days</source>
        <translation>ใบเสร็จของ %1 ลงวันที่ %2 เก่ากว่าวันยื่นเคลม %3 วัน ระยะเวลายื่นเคลมคือ %4 วัน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bill of %1 dated %2 is also on claim %3</source>
        <translation>ใบเสร็จของ %1 ลงวันที่ %2 อยู่ในเคลม %3 ด้วย</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Domain</name>
    <message>
        <location filename="../core/domain/AuditAction.cpp" line="+28"/>
        <source>Created</source>
        <comment>audit action</comment>
        <translation>สร้างเคลม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <comment>audit action</comment>
        <translation>เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo</source>
        <comment>audit action</comment>
        <translation>บันทึกช่วยจำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail edited</source>
        <comment>audit action</comment>
        <translation>แก้ไขรายละเอียด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation</source>
        <comment>audit action</comment>
        <translation>การส่งต่อผู้จัดการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <comment>audit action</comment>
        <translation>ยื่นเคลม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document attached</source>
        <comment>audit action</comment>
        <translation>แนบเอกสาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document read</source>
        <comment>audit action</comment>
        <translation>อ่านเอกสาร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document marked</source>
        <comment>audit action</comment>
        <translation>ทำเครื่องหมายเอกสาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field corrected</source>
        <comment>audit action</comment>
        <translation>แก้ไขช่องข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection booked</source>
        <comment>audit action</comment>
        <translation>นัดตรวจสภาพรถ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence owner</source>
        <comment>audit action</comment>
        <translation>เจ้าของใบขับขี่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation ended</source>
        <comment>audit action</comment>
        <translation>จบการสนทนา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy checked</source>
        <comment>audit action</comment>
        <translation>ตรวจกรมธรรม์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model&apos;s decision accepted</source>
        <comment>audit action</comment>
        <translation>ยอมรับผลการพิจารณาของโมเดล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document refused</source>
        <comment>audit action</comment>
        <translation>ไม่รับเอกสาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <comment>audit action</comment>
        <translation>มอบหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal step</source>
        <comment>audit action</comment>
        <translation>ขั้นตอนบนพอร์ทัล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed on portal</source>
        <comment>audit action</comment>
        <translation>ยื่นบนพอร์ทัลแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal status</source>
        <comment>audit action</comment>
        <translation>สถานะบนพอร์ทัล</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Other</source>
        <comment>audit action</comment>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../core/domain/AuditText.cpp" line="+33"/>
        <source>the queue</source>
        <translation>คิว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Document %1 read as %2, %n field(s)</source>
        <translation>
            <numerusform>อ่านเอกสาร %1 เป็น%2 %n ช่อง</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Useful</source>
        <translation>มีประโยชน์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not useful</source>
        <translation>ไม่มีประโยชน์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked</source>
        <translation>ยังไม่ทำเครื่องหมาย</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The claimant&apos;s</source>
        <translation>ของผู้เรียกร้อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other party&apos;s</source>
        <translation>ของคู่กรณี</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document %1</source>
        <translation>เอกสาร %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n item(s) checked, %1 excluded</source>
        <translation>
            <numerusform>ตรวจ %n รายการ ไม่คุ้มครอง %1 รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled by the customer</source>
        <translation>ลูกค้ายกเลิก</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edited: %1</source>
        <translation>แก้ไข: %1</translation>
    </message>
    <message>
        <location filename="../core/domain/ClaimTypes.cpp" line="+47"/>
        <source>Health</source>
        <translation>สุขภาพ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Car damage</source>
        <translation>รถยนต์เสียหาย</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Submitted</source>
        <translation>ยื่นแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under Review</source>
        <translation>กำลังตรวจสอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>อนุมัติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>ปฏิเสธ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>จ่ายแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not scored</source>
        <translation>ยังไม่ประเมิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>สูง</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Auto-approve</source>
        <translation>อนุมัติอัตโนมัติ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard review</source>
        <translation>ตรวจสอบปกติ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual review</source>
        <translation>ตรวจสอบโดยผู้อาวุโส</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>ปฏิเสธ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantine</source>
        <translation>กักไว้แก้ไขข้อมูล</translation>
    </message>
    <message>
        <location filename="../core/domain/DocumentCategory.cpp" line="+31"/>
        <source>Receipt</source>
        <translation>ใบเสร็จรับเงิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Itemized bill</source>
        <translation>ใบแจ้งค่าใช้จ่ายแยกรายการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical certificate</source>
        <translation>ใบรับรองแพทย์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discharge summary</source>
        <translation>สรุปการรักษา (จำหน่ายผู้ป่วย)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen ID card</source>
        <translation>บัตรประจำตัวประชาชน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driving licence</source>
        <translation>ใบอนุญาตขับรถ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle registration</source>
        <translation>สำเนาทะเบียนรถ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle damage photo</source>
        <translation>ภาพความเสียหายของรถ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accident location photo</source>
        <translation>ภาพสถานที่เกิดเหตุ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal confirmation</source>
        <translation>หลักฐานการยื่นจากพอร์ทัล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown document</source>
        <translation>เอกสารที่ไม่รู้จัก</translation>
    </message>
    <message>
        <location filename="../core/domain/FieldLabels.cpp" line="+15"/>
        <source>Merchant</source>
        <translation>ร้านค้า/สถานพยาบาล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total paid</source>
        <translation>ยอดชำระ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing number</source>
        <translation>เลขที่ใบเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>วันออกบัตร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>วันหมดอายุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence number</source>
        <translation>เลขที่ใบอนุญาตขับขี่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate number</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle type</source>
        <translation>ประเภทรถ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>วันจดทะเบียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>ยี่ห้อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chassis number</source>
        <translation>เลขตัวถัง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine number</source>
        <translation>เลขเครื่องยนต์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model year</source>
        <translation>ปีรุ่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>ผู้ป่วย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>การวินิจฉัย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment</source>
        <translation>การรักษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor</source>
        <translation>แพทย์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>โรงพยาบาล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted</source>
        <translation>วันที่รับไว้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged</source>
        <translation>วันที่จำหน่าย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>ละติจูด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>ลองจิจูด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo taken</source>
        <translation>วันเวลาที่ถ่ายภาพ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In network</source>
        <translation>ในเครือข่าย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency</source>
        <translation>ฉุกเฉิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>ผู้ให้บริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis code</source>
        <translation>รหัสการวินิจฉัย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatment notes</source>
        <translation>บันทึกการรักษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimant</source>
        <translation>ผู้เรียกร้อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claimant&apos;s national ID</source>
        <translation>เลขประจำตัวประชาชนของผู้เรียกร้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service date</source>
        <translation>วันที่รับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prior approval</source>
        <translation>การอนุมัติล่วงหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line items</source>
        <translation>รายการค่าใช้จ่าย</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Item %1 amount</source>
        <translation>จำนวนเงินรายการที่ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1</source>
        <translation>รายการที่ %1</translation>
    </message>
    <message>
        <location filename="../core/domain/PortalSubmission.cpp" line="+19"/>
        <source>Filing</source>
        <translation>กำลังยื่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed</source>
        <translation>ยื่นแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention</source>
        <translation>ต้องดูแล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../core/domain/TeamRole.cpp" line="+20"/>
        <source>Adjuster</source>
        <translation>ผู้ตรวจสอบเคลม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>ผู้ตรวจสอบบัญชี</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Export</name>
    <message>
        <location filename="../core/export/ClaimCsvExport.cpp" line="+17"/>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Claim ID</source>
        <translation>รหัสเคลม</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/export/ClaimDossier.cpp" line="+128"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/export/ClaimDossier.cpp" line="+1"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/export/ClaimDossier.cpp" line="+1"/>
        <source>Created</source>
        <translation>สร้างเคลม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/export/ClaimDossier.cpp" line="+20"/>
        <source>Claimant</source>
        <translation>ผู้เรียกร้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/export/ClaimDossier.cpp" line="+1"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reimbursement</source>
        <translation>เงินชดเชย</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/export/ClaimDossier.cpp" line="-18"/>
        <source>Provider</source>
        <translation>สถานพยาบาล/ผู้ให้บริการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/export/ClaimDossier.cpp" line="+1"/>
        <source>Diagnosis</source>
        <translation>การวินิจฉัย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Treatment notes</source>
        <translation>บันทึกการรักษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/export/ClaimDossier.cpp" line="+1"/>
        <source>Service date</source>
        <translation>วันที่รับบริการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line items</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In network</source>
        <translation>ในเครือข่าย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency</source>
        <translation>ฉุกเฉิน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prior approval</source>
        <translation>การอนุมัติล่วงหน้า</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk level</source>
        <translation>ระดับความเสี่ยง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk score</source>
        <translation>คะแนนความเสี่ยง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>ลำดับความสำคัญ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/export/ClaimDossier.cpp" line="-46"/>
        <location line="+72"/>
        <source>Decision</source>
        <translation>ผลการพิจารณา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalated</source>
        <translation>ส่งต่อเจ้าหน้าที่</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/export/ClaimDossier.cpp" line="-15"/>
        <source>Memo</source>
        <translation>บันทึกช่วยจำ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The CSV file could not be written: %1</source>
        <translation>เขียนแฟ้ม CSV ไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the export was cancelled</source>
        <translation>ยกเลิกการส่งออกแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>writing the CSV failed: %1</source>
        <translation>เขียนไฟล์ CSV ไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../core/export/ClaimDossier.cpp" line="-117"/>
        <location line="+108"/>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Risk %1 (score %2), quality %3, reimbursement %4, rule set %5</source>
        <translation>ความเสี่ยง %1 (คะแนน %2) คุณภาพ %3 เงินชดเชย %4 ชุดกฎ %5</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+5"/>
        <source>Claim</source>
        <translation>เคลม</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Claim dossier printed %1 by ClaimDesk</source>
        <translation>แฟ้มเคลมพิมพ์เมื่อ %1 โดย ClaimDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amount claimed</source>
        <translation>จำนวนเงินที่เรียกร้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet known</source>
        <translation>ยังไม่ทราบ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Billed items</source>
        <translation>รายการในบิล</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claimant and policy</source>
        <translation>ผู้เรียกร้องและกรมธรรม์</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written from the claim and its decision (not by a model).</source>
        <translation>เขียนจากข้อมูลเคลมและผลการพิจารณา (ไม่ได้เขียนโดยโมเดล)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The claim has not been decided yet.</source>
        <translation>เคลมนี้ยังไม่ได้พิจารณา</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No national ID on the claim: the policy cannot be verified.</source>
        <translation>เคลมไม่มีเลขประจำตัวประชาชน จึงตรวจสอบกรมธรรม์ไม่ได้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verification</source>
        <translation>การตรวจสอบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(as of %1)</source>
        <translation>(ณ วันที่ %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy</source>
        <translation>กรมธรรม์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-patient limit</source>
        <translation>วงเงินผู้ป่วยใน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-patient limit</source>
        <translation>วงเงินผู้ป่วยนอก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room per night</source>
        <translation>ค่าห้องต่อคืน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle</source>
        <translation>รถยนต์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coverage</source>
        <translation>ความคุ้มครอง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deductible</source>
        <translation>ค่าเสียหายส่วนแรก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No documents on this claim.</source>
        <translation>เคลมนี้ไม่มีเอกสาร</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not marked</source>
        <translation>ยังไม่ระบุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>useful</source>
        <translation>มีประโยชน์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not useful</source>
        <translation>ไม่มีประโยชน์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, uploaded %2, %3</source>
        <translation>%1 อัปโหลดเมื่อ %2, %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>ความมั่นใจ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(read by the model)</source>
        <translation>(อ่านโดยโมเดล)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the model read &quot;%1&quot;)</source>
        <translation>(โมเดลอ่านได้ &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>ผู้ทำ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>หลัง</translation>
    </message>
    <message>
        <location filename="../core/export/ClaimExportJob.cpp" line="+31"/>
        <location line="+14"/>
        <source>cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Extract</name>
    <message numerus="yes">
        <location filename="../core/extract/DocumentClassifier.cpp" line="+148"/>
        <source>a photo with little text (%n readable words)</source>
        <translation>
            <numerusform>ภาพถ่ายที่มีข้อความน้อย (อ่านได้ %n คำ)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no title or label words of a known document</source>
        <translation>ไม่พบหัวเรื่องหรือคำกำกับของเอกสารที่รู้จัก</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This document was not recognised. Please send one of: %1.</source>
        <translation>ไม่สามารถระบุประเภทเอกสารนี้ได้ กรุณาส่งเอกสารอย่างใดอย่างหนึ่งต่อไปนี้: %1</translation>
    </message>
    <message>
        <location filename="../core/extract/DocumentReader.cpp" line="+60"/>
        <source>%1 is a JPEG image that is cut short (damaged or not fully copied).</source>
        <translation>%1 เป็นภาพ JPEG ที่ขาดหาย (เสียหาย หรือคัดลอกมาไม่ครบ)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 of %2 pages were not read: reading the document took longer than the limit of %3 s.</source>
        <translation>ไม่ได้อ่าน %1 จาก %2 หน้า: การอ่านเอกสารใช้เวลาเกินขีดจำกัด %3 วินาที</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not read: reading it took longer than the limit of %2 s for one document.</source>
        <translation>ไม่ได้อ่าน %1: การอ่านใช้เวลาเกินขีดจำกัด %2 วินาทีต่อเอกสาร</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No OCR engine for page %1.</source>
        <translation>ไม่มีเครื่องอ่าน OCR สำหรับหน้า %1</translation>
    </message>
    <message>
        <location filename="../core/extract/ExtractionJob.cpp" line="+86"/>
        <location line="+110"/>
        <source>Canceled.</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location filename="../core/extract/MerchantModel.cpp" line="+42"/>
        <source>The learned weights that choose a receipt&apos;s merchant could not be read; the written ones are used.</source>
        <translation>อ่านค่าน้ำหนักที่เรียนรู้ไว้สำหรับเลือกชื่อร้านค้าของใบเสร็จไม่ได้ จึงใช้ค่าที่กำหนดไว้ด้วยมือแทน</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Filing</name>
    <message>
        <location filename="../core/filing/PortalDirectory.cpp" line="+24"/>
        <source>A portal&apos;s name is 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>ชื่อพอร์ทัลมีได้ 1 ถึง 64 ตัว เป็นตัวอักษร ตัวเลข ช่องว่าง &apos;.&apos; &apos;_&apos; หรือ &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a portal address (https://host/...)</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่ของพอร์ทัล (https://host/...)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not encrypted: a portal is reached over https</source>
        <translation>&quot;%1&quot; ไม่ได้เข้ารหัส: ต้องเข้าพอร์ทัลผ่าน https</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The portal&apos;s login is missing</source>
        <translation>ไม่ได้ระบุชื่อผู้ใช้ของพอร์ทัล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recipe is refused: %1</source>
        <translation>สูตรการกรอกไม่ผ่าน: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The recipe %1 cannot be read: %2</source>
        <translation>อ่านสูตร %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../core/filing/PortalFilingJob.cpp" line="+189"/>
        <source>no folder for the claim&apos;s documents: %1</source>
        <translation>สร้างโฟลเดอร์สำหรับเอกสารของเคลมไม่ได้: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%1 kept failing; not tried again for %n second(s)</source>
        <translation>
            <numerusform>%1 ล้มเหลวซ้ำ จะไม่ลองอีกภายใน %n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>an earlier run may have filed it, and the status page could not be read (%1); not filed again</source>
        <translation>รอบก่อนอาจยื่นไปแล้ว และอ่านหน้าสถานะไม่ได้ (%1) จึงไม่ยื่นซ้ำ</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1; trying again in %n second(s)</source>
        <translation>
            <numerusform>%1 จะลองอีกครั้งใน %n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>what the portal answered could not be recorded: %1</source>
        <translation>บันทึกคำตอบของพอร์ทัลไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../core/filing/PortalFilings.cpp" line="+84"/>
        <source>Could not write %1 for the portal: %2</source>
        <translation>เขียน %1 สำหรับพอร์ทัลไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2; only an approved claim is filed on a portal</source>
        <translation>%1 อยู่ในสถานะ %2 ยื่นบนพอร์ทัลได้เฉพาะเคลมที่อนุมัติแล้ว</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>the confirmation was not kept on the claim: %1</source>
        <translation>ไม่ได้เก็บหลักฐานการยื่นไว้กับเคลม: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the claim&apos;s status was not moved: %1</source>
        <translation>ไม่ได้เปลี่ยนสถานะของเคลม: %1</translation>
    </message>
    <message>
        <location filename="../core/filing/PortalFilingJob.cpp" line="-195"/>
        <location filename="../core/filing/PortalFilings.cpp" line="+66"/>
        <source>The recipe of %1 is refused: %2</source>
        <translation>สูตรการกรอกของ %1 ไม่ผ่าน: %2</translation>
    </message>
    <message>
        <location filename="../core/filing/PortalFilings.cpp" line="+41"/>
        <source>%1 is being filed on %2 by another run; try again later</source>
        <translation>%1 กำลังถูกยื่นบน %2 โดยอีกรอบหนึ่ง โปรดลองใหม่ภายหลัง</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The portal&apos;s reference is needed to record a claim filed by hand</source>
        <translation>ต้องมีเลขอ้างอิงของพอร์ทัลเพื่อบันทึกเคลมที่ยื่นเอง</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 was not filed on %2</source>
        <translation>%1 ไม่ได้ยื่นบน %2</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Inbox</name>
    <message>
        <location filename="../core/inbox/FolderInbox.cpp" line="+134"/>
        <source>The inbox folder %1 does not exist</source>
        <translation>ไม่มีโฟลเดอร์กล่องรับ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The inbox folder %1 cannot be read</source>
        <translation>อ่านโฟลเดอร์กล่องรับ %1 ไม่ได้</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Another process (%1, process %2 on %3) is taking from %4; if it has stopped, remove %5</source>
        <translation>โปรแกรมอื่น (%1 โพรเซส %2 บน %3) กำลังรับเอกสารจาก %4 หากโปรแกรมนั้นหยุดไปแล้ว ให้ลบ %5</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>From the inbox %1.</source>
        <translation>จากกล่องรับ %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/inbox/MailInbox.cpp" line="+281"/>
        <source>stopped before it was all taken in; the rest is taken next time</source>
        <translation>หยุดก่อนรับเข้าครบ ส่วนที่เหลือจะรับในครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../core/inbox/MailInbox.cpp" line="+33"/>
        <source>%1 is stored but could not be read: %2</source>
        <translation>เก็บ %1 แล้ว แต่อ่านไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 could not be moved: cannot create %2</source>
        <translation>ย้าย %1 ไม่ได้: สร้าง %2 ไม่ได้</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 could not be moved to %2</source>
        <translation>ย้าย %1 ไปที่ %2 ไม่ได้</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is no longer in %2</source>
        <translation>%1 ไม่อยู่ใน %2 แล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be put back in %2</source>
        <translation>นำ %1 กลับไปไว้ใน %2 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/inbox/InboxWatch.cpp" line="+232"/>
        <source>No password for the mailbox %1 (%2): give it again in Settings &gt; Inbox</source>
        <translation>ไม่มีรหัสผ่านสำหรับกล่องจดหมาย %1 (%2): ระบุใหม่ที่ การตั้งค่า &gt; กล่องรับ</translation>
    </message>
    <message>
        <location filename="../core/inbox/MailInbox.cpp" line="-260"/>
        <source>(no subject)</source>
        <translation>(ไม่มีหัวเรื่อง)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (message %2)</source>
        <translation>%1 (จดหมาย %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 could not be written to %2: %3</source>
        <translation>เขียน %1 ลงใน %2 ไม่ได้: %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The lock file %1 cannot be written</source>
        <translation>เขียนไฟล์ล็อก %1 ไม่ได้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another process (%1, process %2) is taking from the mailbox %3</source>
        <translation>อีกโปรแกรมหนึ่ง (%1 โปรเซส %2) กำลังรับจากกล่องจดหมาย %3</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>message %1</source>
        <translation>จดหมาย %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Message %1 was taken or set aside meanwhile</source>
        <translation>ข้อความ %1 ถูกรับหรือกันไว้แล้วในระหว่างนี้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taking this message stopped part way three times (the program stopped while it was being taken)</source>
        <translation>การรับข้อความนี้หยุดกลางทางสามครั้ง (โปรแกรมหยุดระหว่างรับ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is %1 MB, larger than the %2 MB a message may be</source>
        <translation>จดหมายมีขนาด %1 MB ใหญ่กว่า %2 MB ที่จดหมายหนึ่งฉบับมีได้</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The mail server does not keep ClaimDesk&apos;s marks on messages: what is taken cannot be recorded</source>
        <translation>เซิร์ฟเวอร์อีเมลไม่เก็บเครื่องหมายของ ClaimDesk บนข้อความ จึงบันทึกสิ่งที่รับไม่ได้</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The message has more than %1 parts, or parts nested more than %2 deep</source>
        <translation>ข้อความมีมากกว่า %1 ส่วน หรือซ้อนกันลึกกว่า %2 ชั้น</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message has no attachment or image to take in</source>
        <translation>จดหมายไม่มีไฟล์แนบหรือรูปภาพให้รับเข้า</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No temporary folder for the attachments</source>
        <translation>ไม่มีโฟลเดอร์ชั่วคราวสำหรับไฟล์แนบ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From the inbox %1: &quot;%2&quot; from %3.</source>
        <translation>จากกล่องรับ %1: &quot;%2&quot; จาก %3</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>From: %1
Subject: %2

%3</source>
        <translation>จาก: %1
หัวเรื่อง: %2

%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not a message</source>
        <translation>ไม่ใช่จดหมาย</translation>
    </message>
    <message>
        <location filename="../core/inbox/MailPasswords.cpp" line="+42"/>
        <source>The mail server took the password, but the keychain did not keep it: %1</source>
        <translation>เซิร์ฟเวอร์จดหมายรับรหัสผ่านแล้ว แต่พวงกุญแจเก็บไว้ไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Intake</name>
    <message>
        <location filename="../core/intake/DocumentImporter.cpp" line="+114"/>
        <source>Choose a claim, or the type of a new claim, for the documents</source>
        <translation>เลือกเคลม หรือประเภทของเคลมใหม่ สำหรับเอกสาร</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 does not exist or is not a file</source>
        <translation>ไม่มี %1 หรือไม่ใช่แฟ้ม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 มีขนาดเกิน %2 MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a supported document (%2); use JPEG, PNG, WebP, TIFF or PDF</source>
        <translation>%1 ไม่ใช่เอกสารที่รองรับ (%2) โปรดใช้ JPEG, PNG, WebP, TIFF หรือ PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The documents did not tell the claim&apos;s type: a health claim was assumed. Check it.</source>
        <translation>เอกสารไม่ได้บอกประเภทเคลม จึงถือเป็นเคลมสุขภาพ โปรดตรวจสอบ</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The claim&apos;s details could not follow its documents: %1</source>
        <translation>ไม่สามารถปรับรายละเอียดของเคลมตามเอกสารได้: %1</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeReplyPhraser.cpp" line="+91"/>
        <source>the model answered with nothing</source>
        <translation>โมเดลไม่ได้ตอบอะไร</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s wording dropped %1</source>
        <translation>ถ้อยคำของโมเดลตกหล่น %1</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeSession.cpp" line="+154"/>
        <source>The intake cannot open the database: %1</source>
        <translation>ส่วนรับเคลมเปิดฐานข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The conversation could not be loaded: %1</source>
        <translation>โหลดการสนทนาไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the database is not open</source>
        <translation>ฐานข้อมูลยังไม่ได้เปิด</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A new conversation could not be started: %1</source>
        <translation>เริ่มการสนทนาใหม่ไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The intake is not connected to a database.</source>
        <translation>ส่วนรับเคลมไม่ได้เชื่อมต่อกับฐานข้อมูล</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::IntakeSpeech</name>
    <message>
        <location filename="../core/intake/IntakeEngine.cpp" line="+184"/>
        <source>Document: %1</source>
        <translation>เอกสาร: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+695"/>
        <source>Submit the claim</source>
        <translation>ส่งเคลม</translation>
    </message>
    <message>
        <location line="-683"/>
        <source>Start again</source>
        <translation>เริ่มใหม่</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 is stored on your claim, but I could not note it in our conversation: %2. There is no need to send it again.</source>
        <translation>เก็บ %1 ไว้ในเคลมของคุณแล้ว แต่บันทึกลงในการสนทนาไม่ได้: %2 ไม่ต้องส่งซ้ำอีก</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose car damage or health.</source>
        <translation>กรุณาเลือกรถยนต์เสียหายหรือสุขภาพ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I could not read that time; choose one of the proposed times.</source>
        <translation>ไม่สามารถอ่านเวลานั้นได้ กรุณาเลือกเวลาที่เสนอไว้</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sorry, I could not save that: %1. Nothing you sent before is lost; please try again in a moment.</source>
        <translation>ขออภัย ไม่สามารถบันทึกได้: %1 ข้อมูลที่คุณส่งก่อนหน้านี้ไม่สูญหาย กรุณาลองใหม่อีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hello, I am ClaimDesk&apos;s claims assistant. Tell me what happened: a car accident or damage, or an illness or injury. I will open the claim and tell you which documents I need.</source>
        <translation>สวัสดีค่ะ ดิฉันเป็นผู้ช่วยเคลมของ ClaimDesk กรุณาเล่าว่าเกิดอะไรขึ้น: อุบัติเหตุหรือความเสียหายของรถ หรือการเจ็บป่วยหรือบาดเจ็บ ดิฉันจะเปิดเคลมให้และแจ้งว่าต้องใช้เอกสารอะไรบ้าง</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Is this about damage to a car, or about a health claim (illness, injury, a hospital stay)?</source>
        <translation>เรื่องนี้เป็นความเสียหายของรถ หรือเป็นเคลมสุขภาพ (เจ็บป่วย บาดเจ็บ หรือนอนโรงพยาบาล) คะ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your message was empty. Type a message, or drop a document here.</source>
        <translation>ข้อความว่างเปล่า กรุณาพิมพ์ข้อความ หรือลากเอกสารมาวางที่นี่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your message is %1 characters long; please keep it under %2 and send the details in parts.</source>
        <translation>ข้อความของคุณยาว %1 ตัวอักษร กรุณาส่งไม่เกิน %2 ตัวอักษร และแบ่งรายละเอียดเป็นหลายข้อความ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Thank you, I have your ID number. </source>
        <translation>ขอบคุณค่ะ ได้รับเลขประจำตัวประชาชนแล้ว </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your message speaks of both a car and a health matter. </source>
        <translation>ข้อความของคุณกล่าวถึงทั้งเรื่องรถและเรื่องสุขภาพ </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This conversation is already about claim %1 (%2). To file another claim, type &quot;restart&quot;. </source>
        <translation>การสนทนานี้เป็นเรื่องเคลม %1 (%2) อยู่แล้ว หากต้องการยื่นเคลมอื่น พิมพ์ &quot;เริ่มใหม่&quot; </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>I have opened %1 claim %2 for you. </source>
        <translation>เปิดเคลม%1 เลขที่ %2 ให้แล้วค่ะ </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A claims officer will contact you about it. </source>
        <translation>เจ้าหน้าที่สินไหมจะติดต่อคุณเกี่ยวกับเรื่องนี้ </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Before I check your policy: </source>
        <translation>ก่อนตรวจสอบกรมธรรม์: </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your policy is already verified. </source>
        <translation>กรมธรรม์ของคุณได้รับการยืนยันแล้ว </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a national ID number: it must have 13 digits (spaces and dashes are fine). </source>
        <translation>%1 ไม่ใช่เลขประจำตัวประชาชน: ต้องมี 13 หลัก (เว้นวรรคหรือขีดได้) </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>I could not read the ID number on it; please type your 13-digit national ID. </source>
        <translation>อ่านเลขประจำตัวบนเอกสารไม่ได้ กรุณาพิมพ์เลขประจำตัวประชาชน 13 หลัก </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I read your ID number from it. </source>
        <translation>อ่านเลขประจำตัวของคุณจากเอกสารแล้ว </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before I take documents I need to know the kind of claim. </source>
        <translation>ก่อนรับเอกสาร ต้องทราบประเภทเคลมก่อน </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First tell me whose driving licence the last one was; then send %1 again. </source>
        <translation>กรุณาแจ้งก่อนว่าใบขับขี่ใบล่าสุดเป็นของใคร แล้วส่ง %1 อีกครั้ง </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I cannot open %1: the file is missing or cannot be read. </source>
        <translation>เปิด %1 ไม่ได้: ไม่พบไฟล์หรืออ่านไฟล์ไม่ได้ </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a document I can read (%2). Send a photo or scan as JPEG, PNG, WebP, TIFF or PDF. </source>
        <translation>%1 ไม่ใช่เอกสารที่อ่านได้ (%2) กรุณาส่งรูปถ่ายหรือสแกนเป็น JPEG, PNG, WebP, TIFF หรือ PDF </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of %1 was stopped. </source>
        <translation>หยุดการอัปโหลด %1 แล้ว </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I could not store %1: %2 </source>
        <translation>จัดเก็บ %1 ไม่ได้: %2 </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>I already have %1 on this claim. </source>
        <translation>มี %1 ในเคลมนี้แล้ว </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I stored %1 but could not read it (%2). Please send a sharper photo or a scan. </source>
        <translation>จัดเก็บ %1 แล้วแต่อ่านไม่ได้ (%2) กรุณาส่งรูปที่ชัดกว่านี้หรือสแกน </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>I read %1 as a %2. </source>
        <translation>อ่าน %1 ได้ว่าเป็น%2 </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I could not recognise %1 as one of the documents this claim needs. I accept: %2. Please send a clear photo or scan of one of them. </source>
        <translation>ไม่สามารถระบุได้ว่า %1 เป็นเอกสารที่เคลมนี้ต้องใช้ เอกสารที่รับ: %2 กรุณาส่งรูปหรือสแกนที่ชัดเจนของเอกสารเหล่านี้ </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Received: %1.</source>
        <translation>ได้รับ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I read: %1.</source>
        <translation>ข้อมูลที่อ่านได้: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I already have both drivers&apos; licences (yours and the other party&apos;s), so I have not counted %1. </source>
        <translation>ได้รับใบขับขี่ครบทั้งสองฝ่ายแล้ว (ของคุณและของคู่กรณี) จึงไม่นับ %1 </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Is this driving licence yours, or the other party&apos;s?</source>
        <translation>ใบขับขี่นี้เป็นของคุณ (ฝ่ายเรา) หรือของคู่กรณีคะ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mine</source>
        <translation>ของลูกค้า (ฝ่ายเรา)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other party&apos;s</source>
        <translation>ของคู่กรณี</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no driving licence waiting for its owner. </source>
        <translation>ไม่มีใบขับขี่ที่รอระบุเจ้าของ </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I already have %1 driving licence; each side can have only one. </source>
        <translation>มีใบขับขี่%1แล้ว แต่ละฝ่ายมีได้เพียงใบเดียว </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Noted: that driving licence is %1. </source>
        <translation>บันทึกแล้ว: ใบขับขี่นั้นเป็น%1 </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no claim to submit yet. </source>
        <translation>ยังไม่มีเคลมที่จะส่ง </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before submitting, tell me whose driving licence the last one was. </source>
        <translation>ก่อนส่ง กรุณาแจ้งว่าใบขับขี่ใบล่าสุดเป็นของใคร </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The claim cannot be submitted yet; still missing: %1.</source>
        <translation>ยังส่งเคลมไม่ได้ ยังขาด: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All documents are here, but your policy is not verified yet. Please type your 13-digit national ID number.</source>
        <translation>เอกสารครบแล้ว แต่ยังไม่ได้ยืนยันกรมธรรม์ กรุณาพิมพ์เลขประจำตัวประชาชน 13 หลัก</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Claim %1 is submitted. An adjuster will review it; you can ask me &quot;where is my claim&quot; at any time.</source>
        <translation>ส่งเคลม %1 แล้ว เจ้าหน้าที่จะพิจารณา คุณสามารถถาม &quot;สถานะเคลม&quot; ได้ตลอดเวลา</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled; let us start again. </source>
        <translation>ยกเลิกแล้ว เริ่มใหม่กันค่ะ </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim %1 was already submitted and stays with the adjusters. </source>
        <translation>เคลม %1 ส่งไปแล้วและยังอยู่กับเจ้าหน้าที่ </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim %1 stays on file with what you sent, but it is not submitted. </source>
        <translation>เคลม %1 ยังเก็บไว้พร้อมสิ่งที่คุณส่งมา แต่ยังไม่ได้ส่ง </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I have no claim in this conversation yet. Tell me the claim ID (for example H-20260129-000001), or what happened to file a new claim. </source>
        <translation>ยังไม่มีเคลมในการสนทนานี้ กรุณาแจ้งเลขเคลม (เช่น H-20260129-000001) หรือเล่าเหตุการณ์เพื่อยื่นเคลมใหม่ </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I cannot find claim %1. Please check the ID. </source>
        <translation>ไม่พบเคลม %1 กรุณาตรวจสอบเลขเคลม </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim %1 (%2) is not submitted yet: it is waiting for the steps below. </source>
        <translation>เคลม %1 (%2) ยังไม่ได้ส่ง: รอขั้นตอนด้านล่าง </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Claim %1 (%2) is: %3. </source>
        <translation>เคลม %1 (%2) สถานะ: %3 </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A claims officer has been asked to contact you. </source>
        <translation>ได้แจ้งให้เจ้าหน้าที่สินไหมติดต่อคุณแล้ว </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inspection booked for %1. </source>
        <translation>นัดตรวจสภาพวันที่ %1 </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A claims officer will contact you once the claim is open. </source>
        <translation>เจ้าหน้าที่สินไหมจะติดต่อคุณเมื่อเปิดเคลมแล้ว </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have asked a claims officer to contact you about claim %1; it is flagged in their queue. </source>
        <translation>ได้แจ้งให้เจ้าหน้าที่สินไหมติดต่อคุณเรื่องเคลม %1 แล้ว เคลมถูกทำเครื่องหมายในคิวของเจ้าหน้าที่ </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <source>To book an inspection I first need to open the claim. </source>
        <translation>ก่อนนัดตรวจสภาพ ต้องเปิดเคลมก่อน </translation>
    </message>
    <message>
        <location line="-19"/>
        <source>When can the inspector come? Choose a time, or ask a claims officer for another one.</source>
        <translation>สะดวกให้เจ้าหน้าที่ตรวจสภาพไปเมื่อไรคะ? เลือกเวลา หรือขอเวลาอื่นกับเจ้าหน้าที่สินไหม</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That time has passed; choose a time from tomorrow on. </source>
        <translation>เวลานั้นผ่านไปแล้ว กรุณาเลือกเวลาตั้งแต่พรุ่งนี้ </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The inspection for claim %1 is booked for %2. </source>
        <translation>นัดตรวจสภาพสำหรับเคลม %1 วันที่ %2 แล้ว </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which treatment, medicine or repair do you want to know about? </source>
        <translation>ต้องการทราบเกี่ยวกับการรักษา ยา หรือการซ่อมใดคะ? </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Documents: %1 of %2 required.</source>
        <translation>เอกสาร: %1 จาก %2 ที่จำเป็น</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still needed: %1.</source>
        <translation>ยังต้องการ: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Claim %1 is submitted; you can still send more documents for it.</source>
        <translation>ส่งเคลม %1 แล้ว ยังส่งเอกสารเพิ่มเติมได้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please type your 13-digit national ID number, or send a photo of your ID card, so I can check your policy.</source>
        <translation>กรุณาพิมพ์เลขประจำตัวประชาชน 13 หลัก หรือส่งรูปบัตรประชาชน เพื่อตรวจสอบกรมธรรม์</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything is here: press Submit to hand in the claim.</source>
        <translation>ครบถ้วนแล้ว: กดส่งเคลมได้เลย</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop the documents here or use Attach.</source>
        <translation>ลากเอกสารมาวางที่นี่ หรือกดแนบไฟล์</translation>
    </message>
    <message>
        <location filename="../core/intake/IntakeWording.cpp" line="+32"/>
        <source>yours</source>
        <translation>ของคุณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the other party&apos;s</source>
        <translation>ของคู่กรณี</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>I found no %1 policy for the ID number ending %2. Please check the number, or send a photo of your ID card. </source>
        <translation>ไม่พบกรมธรรม์%1 สำหรับเลขประจำตัวที่ลงท้ายด้วย %2 กรุณาตรวจสอบเลข หรือส่งรูปบัตรประชาชน </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy %1 expired on %2, so it does not cover a claim made today. A claims officer can help if you think this is wrong. </source>
        <translation>กรมธรรม์ %1 หมดอายุเมื่อ %2 จึงไม่คุ้มครองเคลมที่ยื่นวันนี้ หากคิดว่าไม่ถูกต้อง เจ้าหน้าที่สินไหมช่วยได้ </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy %1 is not active. A claims officer can tell you why. </source>
        <translation>กรมธรรม์ %1 ไม่มีผลบังคับ เจ้าหน้าที่สินไหมจะแจ้งเหตุผลได้ </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy %1 is in force from %2 to %3, and today is outside that period. </source>
        <translation>กรมธรรม์ %1 มีผลตั้งแต่ %2 ถึง %3 และวันนี้อยู่นอกช่วงเวลานั้น </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>plan %1, in-patient cover %2 baht, out-patient cover %3 baht</source>
        <translation>แผน %1 คุ้มครองผู้ป่วยใน %2 บาท ผู้ป่วยนอก %3 บาท</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cover for %2 %3 (%4), up to %5 baht, deductible %6 baht</source>
        <translation>ประกัน%1 สำหรับ %2 %3 (%4) วงเงิน %5 บาท ค่าเสียหายส่วนแรก %6 บาท</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy %1 verified for %2: %3, valid until %4. </source>
        <translation>ยืนยันกรมธรรม์ %1 ของ %2 แล้ว: %3 มีผลถึง %4 </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(The ID number&apos;s check digit does not match; an adjuster will confirm it.) </source>
        <translation>(เลขตรวจสอบของเลขประจำตัวไม่ตรง เจ้าหน้าที่จะตรวจสอบอีกครั้ง) </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I found no clause about &quot;%1&quot; in the policy; an adjuster will answer that when reviewing the claim. </source>
        <translation>ไม่พบข้อกำหนดเกี่ยวกับ &quot;%1&quot; ในกรมธรรม์ เจ้าหน้าที่จะตอบเมื่อพิจารณาเคลม </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>covered</source>
        <translation>คุ้มครอง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not covered</source>
        <translation>ไม่คุ้มครอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &quot;%1&quot;: %2 under clause %3: &quot;%4&quot; </source>
        <translation>เรื่อง &quot;%1&quot;: %2 ตามข้อ %3: &quot;%4&quot; </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Covered alternatives: %1. </source>
        <translation>ทางเลือกที่คุ้มครอง: %1 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The adjuster decides on the claim itself. </source>
        <translation>เจ้าหน้าที่เป็นผู้ตัดสินเคลมจริง </translation>
    </message>
    <message>
        <location filename="../core/intake/DocumentChecklist.cpp" line="+93"/>
        <source>Driving licence (yours)</source>
        <translation>ใบขับขี่ (ของลูกค้า)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driving licence (other party)</source>
        <translation>ใบขับขี่ (ของคู่กรณี)</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Llm</name>
    <message>
        <location filename="../core/llm/JsonSchema.cpp" line="+49"/>
        <source>%1: expected %2</source>
        <translation>%1: ต้องเป็น %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not one of %3</source>
        <translation>%1: %2 ไม่ใช่ค่าใดใน %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: below the minimum %2</source>
        <translation>%1: ต่ำกว่าค่าต่ำสุด %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: above the maximum %2</source>
        <translation>%1: สูงกว่าค่าสูงสุด %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: shorter than %2 characters</source>
        <translation>%1: สั้นกว่า %2 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: longer than %2 characters</source>
        <translation>%1: ยาวกว่า %2 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: more than %2 items</source>
        <translation>%1: มากกว่า %2 รายการ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the required field &quot;%2&quot; is missing</source>
        <translation>%1: ไม่มีช่องที่จำเป็น &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: a field that is not in the schema</source>
        <translation>%1: ช่องที่ไม่อยู่ในสคีมา</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the answer is not JSON</source>
        <translation>คำตอบไม่ใช่ JSON</translation>
    </message>
    <message>
        <location filename="../core/llm/LlmEmbeddingProvider.cpp" line="+36"/>
        <source>the configured provider gives no embeddings (set an embedding model in Settings &gt; Model)</source>
        <translation>ผู้ให้บริการที่ตั้งค่าไว้ไม่มีเวกเตอร์ฝังความหมาย (ตั้งโมเดลใน การตั้งค่า &gt; โมเดล)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the embedding model answered vectors of differing lengths</source>
        <translation>โมเดลเวกเตอร์ตอบเวกเตอร์ที่มีความยาวไม่เท่ากัน</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the embedding model&apos;s answer is not one vector per text of one length</source>
        <translation>คำตอบของโมเดลเวกเตอร์ไม่ใช่หนึ่งเวกเตอร์ต่อข้อความที่มีความยาวเท่ากัน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>embeddings failed: %1</source>
        <translation>การสร้างเวกเตอร์ล้มเหลว: %1</translation>
    </message>
    <message>
        <location filename="../core/llm/ProviderConfig.cpp" line="+115"/>
        <source>no Azure deployment name is set</source>
        <translation>ยังไม่ได้กำหนดชื่อ deployment ของ Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no model name is set</source>
        <translation>ยังไม่ได้กำหนดชื่อโมเดล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure OpenAI needs the resource URL (https://NAME.openai.azure.com)</source>
        <translation>Azure OpenAI ต้องมี URL ของทรัพยากร (https://NAME.openai.azure.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model server URL %1 is not valid</source>
        <translation>URL ของเซิร์ฟเวอร์โมเดล %1 ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../core/llm/ApiFormat.cpp" line="+35"/>
        <source>the model server&apos;s reply is not JSON (%1)</source>
        <translation>คำตอบจากเซิร์ฟเวอร์โมเดลไม่ใช่ JSON (%1)</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+95"/>
        <source>the model server&apos;s reply has no answer text</source>
        <translation>คำตอบจากเซิร์ฟเวอร์โมเดลไม่มีข้อความคำตอบ</translation>
    </message>
    <message>
        <location filename="../core/llm/ApiKeyStore.cpp" line="+21"/>
        <source>no key is stored in the keychain</source>
        <translation>ไม่มีคีย์เก็บไว้ในที่เก็บรหัสผ่านของระบบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; set %2 instead</source>
        <translation>%1 ให้ตั้งค่า %2 แทน</translation>
    </message>
    <message>
        <location filename="../core/llm/LlmCall.cpp" line="+55"/>
        <source>no model is configured (offline mode)</source>
        <translation>ยังไม่ได้ตั้งค่าโมเดล (โหมดออฟไลน์)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model settings are incomplete: %1</source>
        <translation>การตั้งค่าโมเดลยังไม่ครบ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no API key for %1: store one in Settings &gt; Model, or set CLAIMDESK_LLM_API_KEY</source>
        <translation>ไม่มีคีย์ API สำหรับ %1: บันทึกคีย์ที่ การตั้งค่า &gt; โมเดล หรือกำหนด CLAIMDESK_LLM_API_KEY</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the model server failed several times in a row; calls are paused for %1 s</source>
        <translation>เซิร์ฟเวอร์โมเดลล้มเหลวหลายครั้งติดกัน จึงหยุดเรียกชั่วคราว %1 วินาที</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the model server&apos;s reply is too large</source>
        <translation>คำตอบจากเซิร์ฟเวอร์โมเดลมีขนาดใหญ่เกินไป</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot reach the model server: %1</source>
        <translation>ติดต่อเซิร์ฟเวอร์โมเดลไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the model server refused the API key (HTTP %1): %2</source>
        <translation>เซิร์ฟเวอร์โมเดลปฏิเสธคีย์ API (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model server answered HTTP %1: %2</source>
        <translation>เซิร์ฟเวอร์โมเดลตอบกลับ HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the model server reported an error mid-answer: %1</source>
        <translation>เซิร์ฟเวอร์โมเดลแจ้งข้อผิดพลาดระหว่างตอบ: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer stream was cut off before its end</source>
        <translation>การส่งคำตอบถูกตัดก่อนจบ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the model&apos;s answer did not have the expected form: %1</source>
        <translation>คำตอบของโมเดลไม่อยู่ในรูปแบบที่กำหนด: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (no time left to try again)</source>
        <translation>%1 (ไม่มีเวลาเหลือให้ลองใหม่)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model server went silent for %1 s</source>
        <translation>เซิร์ฟเวอร์โมเดลไม่ตอบสนองนาน %1 วินาที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not connect to the model server within %1 s</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์โมเดลไม่ได้ภายใน %1 วินาที</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no complete answer within %1 s</source>
        <translation>ไม่ได้คำตอบครบถ้วนภายใน %1 วินาที</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location filename="../core/llm/LlmDecisionAgent.cpp" line="+92"/>
        <source>agent mode needs a configured model</source>
        <translation>โหมดเอเจนต์ต้องตั้งค่าโมเดลก่อน</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the %1 step failed: %2</source>
        <translation>ขั้นตอน %1 ล้มเหลว: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the model gave no decision ClaimDesk knows</source>
        <translation>โมเดลไม่ได้ให้ผลการตัดสินที่ ClaimDesk รู้จัก</translation>
    </message>
    <message>
        <location filename="../core/llm/LlmPolicyReasoner.cpp" line="+75"/>
        <source>the claim has no items or notes to check yet</source>
        <translation>เคลมยังไม่มีรายการหรือบันทึกให้ตรวจ</translation>
    </message>
    <message>
        <location filename="../core/llm/LlmSummarizer.cpp" line="+21"/>
        <source>the model&apos;s summary was empty</source>
        <translation>สรุปจากโมเดลว่างเปล่า</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model&apos;s summary was far too long</source>
        <translation>สรุปจากโมเดลยาวเกินไปมาก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model answered with code instead of a summary</source>
        <translation>โมเดลตอบเป็นโค้ดแทนที่จะเป็นสรุป</translation>
    </message>
    <message>
        <location filename="../core/llm/PriceTable.cpp" line="+77"/>
        <source>the price table is not a JSON object (%1)</source>
        <translation>ตารางราคาไม่ใช่อ็อบเจ็กต์ JSON (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the price of %1 needs &quot;in&quot; and &quot;out&quot; as decimal strings such as &quot;2.50&quot;</source>
        <translation>ราคาของ %1 ต้องมี &quot;in&quot; และ &quot;out&quot; เป็นตัวเลขทศนิยมแบบข้อความ เช่น &quot;2.50&quot;</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Logging</name>
    <message>
        <location filename="../core/logging/LogCategories.cpp" line="+44"/>
        <source>Debug</source>
        <translation>ดีบัก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Chat</source>
        <translation>แชต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload</source>
        <translation>อัปโหลด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document reading</source>
        <translation>การอ่านเอกสาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document sorting</source>
        <translation>การจัดประเภทเอกสาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language model</source>
        <translation>โมเดลภาษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>ระบบ</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Mail</name>
    <message>
        <location filename="../core/mail/ImapMailbox.cpp" line="+55"/>
        <source>The mail server address %1 must not hold a login or folder: give them apart</source>
        <translation>ที่อยู่เซิร์ฟเวอร์จดหมาย %1 ต้องไม่มีชื่อเข้าใช้หรือโฟลเดอร์: ให้ระบุแยกกัน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mailbox needs a login</source>
        <translation>กล่องจดหมายต้องมีชื่อเข้าใช้</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The mail server must be given as imaps://HOST[:PORT]</source>
        <translation>ต้องระบุเซิร์ฟเวอร์อีเมลเป็น imaps://HOST[:PORT]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail folder &quot;%1&quot; cannot be used: give one whose name is plain ASCII, without quotes or backslashes</source>
        <translation>ใช้โฟลเดอร์อีเมล &quot;%1&quot; ไม่ได้: ระบุโฟลเดอร์ที่ชื่อเป็น ASCII ธรรมดา ไม่มีเครื่องหมายคำพูดหรือแบ็กสแลช</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The mail library could not start</source>
        <translation>เริ่มไลบรารีจดหมายไม่ได้</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The mailbox of %1 on %2 has no folder &quot;%3&quot;</source>
        <translation>กล่องจดหมายของ %1 บน %2 ไม่มีโฟลเดอร์ &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mail server %1 refused the login %2: is the password right?</source>
        <translation>เซิร์ฟเวอร์จดหมาย %1 ปฏิเสธการเข้าใช้ของ %2: รหัสผ่านถูกต้องหรือไม่</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The mail server %1 cannot be reached: %2</source>
        <translation>ติดต่อเซิร์ฟเวอร์จดหมาย %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No safe connection to the mail server %1: %2</source>
        <translation>เชื่อมต่ออย่างปลอดภัยกับเซิร์ฟเวอร์จดหมาย %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server %1 no longer has this message in &quot;%2&quot;: %3</source>
        <translation>เซิร์ฟเวอร์อีเมล %1 ไม่มีข้อความนี้ใน &quot;%2&quot; แล้ว: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped</source>
        <translation>หยุดแล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is larger than the %1 MB a message may be</source>
        <translation>จดหมายใหญ่กว่า %1 MB ที่จดหมายหนึ่งฉบับมีได้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mail server %1 answered: %2</source>
        <translation>เซิร์ฟเวอร์จดหมาย %1 ตอบว่า: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The mail server %1 keeps no marks of ClaimDesk&apos;s on the messages of &quot;%2&quot; (it does not allow keywords there): ClaimDesk could not record what it took</source>
        <translation>เซิร์ฟเวอร์อีเมล %1 ไม่เก็บเครื่องหมายของ ClaimDesk บนข้อความใน &quot;%2&quot; (ไม่อนุญาตคีย์เวิร์ด) ClaimDesk จึงบันทึกสิ่งที่รับไม่ได้</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+17"/>
        <source>Message %1 is no longer in the folder &quot;%2&quot;</source>
        <translation>จดหมาย %1 ไม่อยู่ในโฟลเดอร์ &quot;%2&quot; แล้ว</translation>
    </message>
    <message>
        <location filename="../core/mail/MailMessage.cpp" line="+228"/>
        <source>The message nests more than %1 parts</source>
        <translation>จดหมายซ้อนกันเกิน %1 ส่วน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a mail message (it has no headers)</source>
        <translation>นี่ไม่ใช่จดหมาย (ไม่มีส่วนหัว)</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Ocr</name>
    <message>
        <location filename="../core/ocr/DocumentSource.cpp" line="+127"/>
        <source>%1 is empty.</source>
        <translation>%1 เป็นไฟล์ว่าง</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a password-protected PDF.</source>
        <translation>%1 เป็น PDF ที่ตั้งรหัสผ่านไว้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a readable PDF (damaged or unsupported).</source>
        <translation>%1 ไม่ใช่ PDF ที่อ่านได้ (เสียหายหรือไม่รองรับ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no pages.</source>
        <translation>%1 ไม่มีหน้าเอกสาร</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an image ClaimDesk can read (%2).</source>
        <translation>%1 ไม่ใช่รูปภาพที่ ClaimDesk อ่านได้ (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is %2 x %3 pixels, more than the limit of %4 million pixels a page.</source>
        <translation>%1 มีขนาด %2 x %3 พิกเซล เกินขีดจำกัด %4 ล้านพิกเซลต่อหน้า</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the first %1 of %2 pages were read (the limit for one document).</source>
        <translation>อ่านเพียง %1 หน้าแรกจาก %2 หน้า (ขีดจำกัดต่อเอกสาร)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+36"/>
        <source>%1 has no page %2.</source>
        <translation>%1 ไม่มีหน้า %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+41"/>
        <source>%1: page %2 cannot be read.</source>
        <translation>%1: อ่านหน้า %2 ไม่ได้</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+39"/>
        <source>%1 is damaged or not a complete image: %2</source>
        <translation>%1 เสียหายหรือเป็นรูปภาพที่ไม่สมบูรณ์: %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+26"/>
        <location line="+61"/>
        <source>%1: page %2 cannot be rendered.</source>
        <translation>%1: แสดงผลหน้า %2 ไม่ได้</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1: page %2 has no size.</source>
        <translation>%1: หน้า %2 ไม่มีขนาด</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Page %1: only the first %2 words of its text were read (the limit for one page).</source>
        <translation>หน้า %1: อ่านข้อความเพียง %2 คำแรก (ขีดจำกัดต่อหน้า)</translation>
    </message>
    <message>
        <location filename="../core/ocr/TesseractEngine.cpp" line="+64"/>
        <source>OCR reads %1 with Debian&apos;s fast models: Tesseract&apos;s best models are not in %2, so dates and totals are misread more often. installer/install-deps.sh installs them.</source>
        <translation>OCR อ่าน %1 ด้วยโมเดลแบบเร็วของ Debian เนื่องจากไม่พบโมเดลที่ดีที่สุดของ Tesseract ใน %2 จึงอ่านวันที่และยอดรวมผิดบ่อยขึ้น installer/install-deps.sh จะติดตั้งโมเดลเหล่านั้นให้</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The OCR language &quot;eng&quot; is not installed (looked in %1; install the package tesseract-ocr-eng).</source>
        <translation>ไม่ได้ติดตั้งภาษา OCR &quot;eng&quot; (ค้นหาใน %1 โปรดติดตั้งแพ็กเกจ tesseract-ocr-eng)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The OCR language &quot;%1&quot; is not installed (looked in %2; install the package tesseract-ocr-%1).</source>
        <translation>ยังไม่ได้ติดตั้งภาษา OCR &quot;%1&quot; (ค้นหาใน %2; ติดตั้งแพ็กเกจ tesseract-ocr-%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tesseract could not load the languages %1 from %2.</source>
        <translation>Tesseract โหลดภาษา %1 จาก %2 ไม่ได้</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The OCR engine is not initialised.</source>
        <translation>เครื่องอ่าน OCR ยังไม่พร้อมใช้งาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The page image is empty.</source>
        <translation>ภาพของหน้าเอกสารว่างเปล่า</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Canceled.</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: reading took longer than its time limit.</source>
        <translation>หยุดแล้ว: การอ่านใช้เวลาเกินขีดจำกัด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tesseract could not read the page.</source>
        <translation>Tesseract อ่านหน้านี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/ocr/PdfOpenCheck.cpp" line="+42"/>
        <source>%1 is a PDF whose structure does not end (its page tree may contain itself): the PDF engine did not open it within %2 s.</source>
        <translation>%1 เป็น PDF ที่โครงสร้างวนไม่สิ้นสุด (ลำดับหน้าอาจอ้างถึงตัวเอง): ตัวอ่าน PDF เปิดไม่สำเร็จภายใน %2 วินาที</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a readable PDF (damaged, or larger than the PDF engine may use).</source>
        <translation>%1 ไม่ใช่ PDF ที่อ่านได้ (เสียหาย หรือใหญ่เกินกว่าที่ตัวอ่าน PDF ใช้ได้)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 cannot be opened: the PDF checker %2 did not start (%3).</source>
        <translation>เปิด %1 ไม่ได้: ตัวตรวจ PDF %2 ไม่เริ่มทำงาน (%3)</translation>
    </message>
    <message>
        <location filename="../core/ocr/ImagePreprocessor.cpp" line="+346"/>
        <source>Unknown preprocessing step &quot;%1&quot; (known: %2).</source>
        <translation>ไม่รู้จักขั้นตอนเตรียมภาพ &quot;%1&quot; (ที่มี: %2)</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Policy</name>
    <message>
        <location filename="../core/policy/LineItemChecker.cpp" line="+253"/>
        <source>No clause of the policy library covers this item, so it is allowed</source>
        <translation>ไม่มีข้อใดในคลังกรมธรรม์ครอบคลุมรายการนี้ จึงอนุญาต</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The clause lists %1 as covered</source>
        <translation>ข้อกำหนดระบุว่า %1 คุ้มครอง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clause lists %1 as not covered</source>
        <translation>ข้อกำหนดระบุว่า %1 ไม่คุ้มครอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the strengths the clause lists are covered</source>
        <translation>คุ้มครองเฉพาะขนาดยาที่ข้อกำหนดระบุ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Longer than %1 days, but prior approval is recorded</source>
        <translation>นานกว่า %1 วัน แต่มีการอนุมัติล่วงหน้าแล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days is longer than the %2 days the clause allows</source>
        <translation>%1 วัน นานกว่า %2 วันที่ข้อกำหนดอนุญาต</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A course of at most %1 days</source>
        <translation>ระยะการรักษาไม่เกิน %1 วัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prior approval for the longer course</source>
        <translation>ขออนุมัติล่วงหน้าสำหรับการรักษาที่นานกว่า</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Within the %1-day limit of the clause</source>
        <translation>อยู่ในขีดจำกัด %1 วันของข้อกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered within the %1-day limit of the clause</source>
        <translation>คุ้มครองภายในขีดจำกัด %1 วันของข้อกำหนด</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prior approval is recorded on the claim</source>
        <translation>มีการอนุมัติล่วงหน้าบันทึกไว้ในเคลม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency: the clause waives prior approval</source>
        <translation>กรณีฉุกเฉิน: ข้อกำหนดยกเว้นการอนุมัติล่วงหน้า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clause requires prior approval and none is recorded on the claim</source>
        <translation>ข้อกำหนดต้องมีการอนุมัติล่วงหน้า แต่ไม่มีบันทึกในเคลม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request prior approval before the service</source>
        <translation>ขออนุมัติล่วงหน้าก่อนรับบริการ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Excluded in general, but the exception applies to the diagnosis %1</source>
        <translation>โดยทั่วไปไม่คุ้มครอง แต่ข้อยกเว้นใช้กับการวินิจฉัย %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The clause depends on a clinical judgement and the claim has no diagnosis: review it against the clause</source>
        <translation>ข้อนี้ขึ้นกับการพิจารณาทางคลินิกและเคลมยังไม่มีการวินิจฉัย: โปรดตรวจสอบเทียบกับข้อกำหนด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether it fits the diagnosis %1 is a clinical judgement: review it against the clause</source>
        <translation>การสอดคล้องกับการวินิจฉัย %1 หรือไม่เป็นการพิจารณาทางคลินิก: โปรดตรวจสอบเทียบกับข้อกำหนด</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clause excludes it</source>
        <translation>ข้อกำหนดไม่คุ้มครองรายการนี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clause covers it</source>
        <translation>ข้อกำหนดคุ้มครองรายการนี้</translation>
    </message>
    <message>
        <location filename="../core/policy/PolicyDocumentReader.cpp" line="+153"/>
        <source>%1: the PDF cannot be read (damaged or password-protected)</source>
        <translation>%1: อ่าน PDF ไม่ได้ (เสียหายหรือมีรหัสผ่าน)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+8"/>
        <source>%1: reading cancelled</source>
        <translation>%1: ยกเลิกการอ่านแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, page %2: %3</source>
        <translation>%1 หน้า %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no text could be read from the scan</source>
        <translation>%1: อ่านข้อความจากภาพสแกนไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/policy/PolicyHolderFile.cpp" line="+43"/>
        <source>id_card_number and policy_number are required</source>
        <translation>ต้องมี id_card_number และ policy_number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id_card_number &quot;%1&quot; is not a 13-digit national ID number (policy %2)</source>
        <translation>id_card_number &quot;%1&quot; ไม่ใช่เลขประจำตัวประชาชน 13 หลัก (กรมธรรม์ %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>status &quot;%1&quot; is not one of active, expired, inactive (policy %2)</source>
        <translation>สถานะ &quot;%1&quot; ไม่ใช่ active, expired หรือ inactive (กรมธรรม์ %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start_date and end_date must be YYYY-MM-DD dates (policy %1)</source>
        <translation>start_date และ end_date ต้องเป็นวันที่แบบ YYYY-MM-DD (กรมธรรม์ %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end_date %1 is before start_date %2 (policy %3)</source>
        <translation>end_date %1 อยู่ก่อน start_date %2 (กรมธรรม์ %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not an amount (policy %2)</source>
        <translation>%1 ไม่ใช่จำนวนเงิน (กรมธรรม์ %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is negative (policy %2)</source>
        <translation>%1 ติดลบ (กรมธรรม์ %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+29"/>
        <source>The policy file: %1</source>
        <translation>แฟ้มกรมธรรม์: %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The policy file is not valid JSON: %1 at line %2</source>
        <translation>แฟ้มกรมธรรม์ไม่ใช่ JSON ที่ถูกต้อง: %1 ที่บรรทัด %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The policy file must hold a JSON array of policies</source>
        <translation>แฟ้มกรมธรรม์ต้องเป็นอาร์เรย์ JSON ของกรมธรรม์</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>The policy file holds more than the limit of %1 policies</source>
        <translation>ไฟล์กรมธรรม์มีกรมธรรม์เกินขีดจำกัด %1 รายการ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Policy %1</source>
        <translation>กรมธรรม์ %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The policy file is not valid CSV: %1</source>
        <translation>แฟ้มกรมธรรม์ไม่ใช่ CSV ที่ถูกต้อง: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy file is empty</source>
        <translation>แฟ้มกรมธรรม์ว่างเปล่า</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The policy file has no %1 column in its first line</source>
        <translation>แฟ้มกรมธรรม์ไม่มีคอลัมน์ %1 ในบรรทัดแรก</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>บรรทัด %1: มี %2 ช่อง แต่หัวตารางมี %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1</source>
        <translation>บรรทัด %1</translation>
    </message>
    <message>
        <location filename="../core/policy/PolicyReasoning.cpp" line="+190"/>
        <source>no language model configured</source>
        <translation>ไม่ได้กำหนดโมเดลภาษา</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::PolicyLibrary</name>
    <message>
        <location filename="../core/policylibrary/PolicyLibrary.cpp" line="+59"/>
        <source>A policy document needs a name</source>
        <translation>เอกสารกรมธรรม์ต้องมีชื่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy document %1 is empty</source>
        <translation>เอกสารกรมธรรม์ %1 ว่างเปล่า</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The policy document %1: %2</source>
        <translation>เอกสารกรมธรรม์ %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The policy document %1 has no rules (no bullet, exclusion, example or limit lines)</source>
        <translation>เอกสารกรมธรรม์ %1 ไม่มีข้อกำหนด (ไม่มีหัวข้อย่อย ข้อยกเว้น ตัวอย่าง หรือขีดจำกัด)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the model returned %1 vectors for %2 clauses</source>
        <translation>โมเดลส่งเวกเตอร์ %1 ชุดสำหรับ %2 ข้อ</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Could not import the policy document %1: %2</source>
        <translation>นำเข้าเอกสารกรมธรรม์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../core/policylibrary/PolicyVerifier.cpp" line="+49"/>
        <source>No policy found for this ID</source>
        <translation>ไม่พบกรมธรรม์ของเลขบัตรนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active policy</source>
        <translation>กรมธรรม์มีผลบังคับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy has expired</source>
        <translation>กรมธรรม์หมดอายุแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy is inactive</source>
        <translation>กรมธรรม์ไม่มีผลบังคับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date is outside the policy period</source>
        <translation>วันที่อยู่นอกระยะเวลากรมธรรม์</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&apos;%1&apos; is not a 13-digit national ID number</source>
        <translation>&apos;%1&apos; ไม่ใช่เลขบัตรประชาชน 13 หลัก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check digit of %1 does not match; check the number was read correctly</source>
        <translation>เลขตรวจสอบของ %1 ไม่ตรง โปรดตรวจว่าอ่านเลขถูกต้อง</translation>
    </message>
    <message>
        <location filename="../core/policylibrary/ClaimPolicyReview.cpp" line="+44"/>
        <source>The claim has no national ID yet, so the policy cannot be looked up</source>
        <translation>เคลมยังไม่มีเลขบัตรประชาชน จึงค้นหากรมธรรม์ไม่ได้</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the clinical-coherence check is for health claims</source>
        <translation>การตรวจความสอดคล้องทางคลินิกใช้กับเคลมสุขภาพเท่านั้น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the claim has no items or notes to check yet</source>
        <translation>เคลมยังไม่มีรายการหรือบันทึกให้ตรวจ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The model judged that it does not fit the diagnosis: %1</source>
        <translation>โมเดลพิจารณาว่าไม่สอดคล้องกับการวินิจฉัย: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model judged that it fits the diagnosis</source>
        <translation>โมเดลพิจารณาว่าสอดคล้องกับการวินิจฉัย</translation>
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
        <translation>ไม่ใช่นิพจน์ปกติ (%1 ที่ตำแหน่ง %2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be an object of texts</source>
        <translation>ต้องเป็นออบเจกต์ของข้อความ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a text</source>
        <translation>ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; ว่างอยู่</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;value&quot; is missing</source>
        <translation>ไม่มี &quot;value&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;categories&quot; names no document category</source>
        <translation>&quot;categories&quot; ไม่ได้ระบุประเภทเอกสาร</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown category &quot;%1&quot;; known: %2</source>
        <translation>ไม่รู้จักประเภท &quot;%1&quot; ที่รู้จัก: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a step is an object</source>
        <translation>ขั้นตอนต้องเป็นออบเจกต์</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a step holds exactly one of open, fill, choose, click, wait_for, wait_for_url, upload, read_reference</source>
        <translation>แต่ละขั้นตอนต้องมีอย่างใดอย่างหนึ่งเท่านั้นจาก open, fill, choose, click, wait_for, wait_for_url, upload, read_reference</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; does not belong in a %2 step</source>
        <translation>&quot;%1&quot; ใช้ในขั้นตอน %2 ไม่ได้</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a list of steps</source>
        <translation>ต้องเป็นรายการขั้นตอน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than %1 steps</source>
        <translation>มีมากกว่า %1 ขั้นตอน</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>logging in uploads nothing, files nothing and reads no reference</source>
        <translation>ขั้นตอนเข้าสู่ระบบต้องไม่อัปโหลด ไม่ยื่น และไม่อ่านเลขอ้างอิง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>exactly one click must say &quot;submits&quot;: true (found %1)</source>
        <translation>ต้องมีการคลิกเดียวที่ระบุ &quot;submits&quot;: true (พบ %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an upload after the click that files the claim</source>
        <translation>มีการอัปโหลดหลังการคลิกที่ยื่นเคลม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reference is read after the click that files the claim</source>
        <translation>ต้องอ่านเลขอ้างอิงหลังการคลิกที่ยื่นเคลม</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no read_reference step</source>
        <translation>ไม่มีขั้นตอน read_reference</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing may follow the last read_reference (its page is the evidence)</source>
        <translation>ห้ามมีขั้นตอนหลัง read_reference สุดท้าย (หน้านั้นเป็นหลักฐาน)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must say how the status page is read (open, row, reference, status, map)</source>
        <translation>ต้องระบุวิธีอ่านหน้าสถานะ (open, row, reference, status, map)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is missing or empty</source>
        <translation>ไม่มีหรือว่างอยู่</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a claim status; known: %2</source>
        <translation>&quot;%1&quot; ไม่ใช่สถานะเคลม ที่รู้จัก: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>unknown key</source>
        <translation>ไม่รู้จักคีย์นี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be %1 (this version reads recipes of format %1)</source>
        <translation>ต้องเป็น %1 (รุ่นนี้อ่านสูตรรูปแบบ %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be from 1 to 600</source>
        <translation>ต้องอยู่ระหว่าง 1 ถึง 600</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be from 0 to 3600</source>
        <translation>ต้องอยู่ระหว่าง 0 ถึง 3600</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>open %1</source>
        <translation>เปิด %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fill %1</source>
        <translation>กรอก %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose in %1</source>
        <translation>เลือกใน %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>click %1 (files the claim)</source>
        <translation>คลิก %1 (ยื่นเคลม)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>click %1</source>
        <translation>คลิก %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait for %1</source>
        <translation>รอ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait for the address %1</source>
        <translation>รอที่อยู่ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upload %1 to %2</source>
        <translation>อัปโหลด %1 ไปที่ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the reference in %1</source>
        <translation>อ่านเลขอ้างอิงใน %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>larger than %1 KiB</source>
        <translation>ใหญ่กว่า %1 KiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not JSON (%1 at byte %2)</source>
        <translation>ไม่ใช่ JSON (%1 ที่ไบต์ %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a JSON object</source>
        <translation>ต้องเป็นออบเจกต์ JSON</translation>
    </message>
    <message>
        <location filename="../core/portal/PortalRun.cpp" line="+162"/>
        <source>the portal&apos;s page stopped answering</source>
        <translation>หน้าของพอร์ทัลหยุดตอบสนอง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the browser page stopped working</source>
        <translation>หน้าเบราว์เซอร์หยุดทำงาน</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the recipe opens %1, which is not on the portal %2</source>
        <translation>สูตรเปิด %1 ซึ่งไม่ได้อยู่บนพอร์ทัล %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the portal answered HTTP %1</source>
        <translation>พอร์ทัลตอบ HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the portal could not be reached (%1)</source>
        <translation>ติดต่อพอร์ทัลไม่ได้ (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the portal&apos;s page did not load within %n second(s)</source>
        <translation>
            <numerusform>หน้าของพอร์ทัลโหลดไม่เสร็จภายใน %n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the portal said: %1</source>
        <translation>พอร์ทัลแจ้งว่า: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the portal&apos;s file chooser did not take the files</source>
        <translation>ช่องเลือกไฟล์ของพอร์ทัลไม่รับไฟล์</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 did not come within %n second(s)</source>
        <translation>
            <numerusform>%1 ไม่ปรากฏภายใน %n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <location line="+8"/>
        <source>%1 is not on the portal&apos;s page</source>
        <translation>ไม่มี %1 บนหน้าของพอร์ทัล</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>the page at %1 is not on the portal %2; nothing was filled in</source>
        <translation>หน้าที่ %1 ไม่ได้อยู่บนพอร์ทัล %2 จึงไม่ได้กรอกอะไร</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no option &quot;%2&quot;</source>
        <translation>%1 ไม่มีตัวเลือก &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the claim has no document to upload as %1</source>
        <translation>เคลมไม่มีเอกสารประเภท %1 ให้อัปโหลด</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uploading needs the portal&apos;s browser view</source>
        <translation>การอัปโหลดต้องใช้หน้าเบราว์เซอร์ของพอร์ทัล</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the portal&apos;s confirmation shows no reference in %1</source>
        <translation>หน้ายืนยันของพอร์ทัลไม่มีเลขอ้างอิงใน %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the portal logged us out on its status page</source>
        <translation>พอร์ทัลออกจากระบบเราที่หน้าสถานะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the portal&apos;s status page shows neither the claim nor that it has none</source>
        <translation>หน้าสถานะของพอร์ทัลไม่แสดงทั้งเคลมและข้อความว่าไม่มีเคลม</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>the confirmation page could not be kept as PDF</source>
        <translation>เก็บหน้ายืนยันเป็น PDF ไม่ได้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the portal logged us out after the claim was sent</source>
        <translation>พอร์ทัลออกจากระบบเราหลังส่งเคลมแล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the portal logged us out again</source>
        <translation>พอร์ทัลออกจากระบบเราอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../core/portal/PortalValues.cpp" line="+41"/>
        <source>a &apos;}&apos; without its &apos;{&apos; in &quot;%1&quot;</source>
        <translation>มี &apos;}&apos; ที่ไม่มี &apos;{&apos; คู่กันใน &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a &apos;{&apos; without its &apos;}&apos; in &quot;%1&quot;</source>
        <translation>มี &apos;{&apos; ที่ไม่มี &apos;}&apos; คู่กันใน &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown value {%1}; a template may use %2</source>
        <translation>ไม่รู้จักค่า {%1} แม่แบบใช้ได้: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{%1} takes no format</source>
        <translation>{%1} ไม่รับรูปแบบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date format &quot;%1&quot; may use only d, M, y, &apos;.&apos;, &apos;/&apos;, &apos;-&apos; and spaces</source>
        <translation>รูปแบบวันที่ &quot;%1&quot; ใช้ได้เฉพาะ d, M, y, &apos;.&apos;, &apos;/&apos;, &apos;-&apos; และช่องว่าง</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the claim has no service date</source>
        <translation>เคลมไม่มีวันที่รับบริการ</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Secrets</name>
    <message>
        <location filename="../core/secrets/KeychainEntry.cpp" line="+46"/>
        <source>no keychain service is running (there is no D-Bus session, as on headless machines)</source>
        <translation>ไม่มีบริการที่เก็บรหัสผ่านของระบบทำงานอยู่ (ไม่มีเซสชัน D-Bus เช่นในเครื่องที่ไม่มีหน้าจอ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing is stored in the keychain</source>
        <translation>ไม่มีสิ่งใดเก็บไว้ในที่เก็บรหัสผ่านของระบบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no keychain service is running</source>
        <translation>ไม่มีบริการที่เก็บรหัสผ่านของระบบทำงานอยู่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keychain refused access</source>
        <translation>ที่เก็บรหัสผ่านของระบบปฏิเสธการเข้าถึง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keychain failed: %1</source>
        <translation>ที่เก็บรหัสผ่านของระบบทำงานผิดพลาด: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>the keychain did not answer</source>
        <translation>ที่เก็บรหัสผ่านของระบบไม่ตอบ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the keychain has not answered yet (it may still keep it)</source>
        <translation>ที่เก็บรหัสผ่านของระบบยังไม่ตอบ (อาจยังเก็บให้ภายหลัง)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the keychain has not answered yet (it may still remove it)</source>
        <translation>ที่เก็บรหัสผ่านของระบบยังไม่ตอบ (อาจยังลบให้ภายหลัง)</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Stats</name>
    <message>
        <location filename="../core/stats/ManagerFigures.cpp" line="+169"/>
        <source>0-1 days</source>
        <translation>0-1 วัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2-3 days</source>
        <translation>2-3 วัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4-7 days</source>
        <translation>4-7 วัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>8-14 days</source>
        <translation>8-14 วัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15-30 days</source>
        <translation>15-30 วัน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>over 30 days</source>
        <translation>เกิน 30 วัน</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>the date range is empty or invalid (from %1 to %2)</source>
        <translation>ช่วงวันที่ว่างหรือไม่ถูกต้อง (ตั้งแต่ %1 ถึง %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the date range from %1 to %2 is longer than the limit of %3 days</source>
        <translation>ช่วงวันที่ %1 ถึง %2 ยาวเกินขีดจำกัด %3 วัน</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Storage</name>
    <message>
        <location filename="../core/storage/AgentOpinionRepository.cpp" line="+81"/>
        <source>There is no model opinion %1</source>
        <translation>ไม่มีความเห็นของโมเดล %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model gave no decision to accept</source>
        <translation>โมเดลไม่ได้ให้ผลพิจารณาที่จะรับได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This opinion was already accepted by %1</source>
        <translation>ความเห็นนี้ได้รับการยอมรับแล้วโดย %1</translation>
    </message>
    <message>
        <location filename="../core/storage/ClaimRepository.cpp" line="+57"/>
        <source>Claim %1 has a type or status ClaimDesk does not know (&quot;%2&quot;, &quot;%3&quot;); the book is damaged</source>
        <translation>เคลม %1 มีประเภทหรือสถานะที่ ClaimDesk ไม่รู้จัก (&quot;%2&quot;, &quot;%3&quot;) สมุดเคลมเสียหาย</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>the claim sequence is missing from the database</source>
        <translation>ไม่พบลำดับเลขเคลมในฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not create the claim: %1</source>
        <translation>สร้างเคลมไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../core/storage/DocumentRepository.cpp" line="+116"/>
        <source>There is no claim %1</source>
        <translation>ไม่มีเคลม %1</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Claim %1 was changed by someone else (version %2, you edited version %3); nothing was overwritten</source>
        <translation>เคลม %1 ถูกผู้อื่นแก้ไขแล้ว (รุ่น %2 คุณแก้ไขรุ่น %3) ไม่มีข้อมูลใดถูกเขียนทับ</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+232"/>
        <source>Claim %1 was changed by someone else; nothing was overwritten</source>
        <translation>เคลม %1 ถูกผู้อื่นแก้ไขแล้ว ไม่มีข้อมูลใดถูกเขียนทับ</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>%1 was changed by someone else meanwhile; look again</source>
        <translation>%1 ถูกผู้อื่นเปลี่ยนระหว่างนี้ โปรดดูอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="+101"/>
        <source>no database file was given</source>
        <translation>ไม่ได้ระบุแฟ้มฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create the folder %1</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 is not writable</source>
        <translation>โฟลเดอร์ %1 เขียนไม่ได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 เป็นโฟลเดอร์ ไม่ใช่แฟ้มฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read (permission denied)</source>
        <translation>อ่าน %1 ไม่ได้ (ไม่มีสิทธิ์)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is read-only; ClaimDesk needs to write to its database</source>
        <translation>%1 เป็นแบบอ่านอย่างเดียว ClaimDesk ต้องเขียนฐานข้อมูลได้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be opened: %2</source>
        <translation>เปิด %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged or is not a database file</source>
        <translation>%1 เสียหายหรือไม่ใช่แฟ้มฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot sign in to %1: %2</source>
        <translation>เข้าระบบ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The book %1 is damaged (%2); nothing more is written into it. See what is wrong with `claimdesk-cli --db &quot;%1&quot; db check`, and save what can be read into a new book with `claimdesk-cli --db &quot;%1&quot; db recover --out NEW.sqlite`.</source>
        <translation>สมุดงาน %1 เสียหาย (%2) จะไม่มีการเขียนข้อมูลใดลงไปอีก ดูปัญหาได้ด้วย `claimdesk-cli --db &quot;%1&quot; db check` และบันทึกส่วนที่ยังอ่านได้ลงในสมุดงานใหม่ด้วย `claimdesk-cli --db &quot;%1&quot; db recover --out NEW.sqlite`</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open the database %1: %2</source>
        <translation>เปิดฐานข้อมูล %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the database: %1</source>
        <translation>เปิดฐานข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>ไม่ได้ติดตั้งไดรเวอร์ Qt SQL %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the server did not say who is logged in</source>
        <translation>เซิร์ฟเวอร์ไม่ได้แจ้งว่าใครเข้าระบบอยู่</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it was written by a newer ClaimDesk (schema version %1; this version knows up to %2). The file was not changed; open it with a newer ClaimDesk or choose another file.</source>
        <translation>แฟ้มนี้สร้างโดย ClaimDesk รุ่นใหม่กว่า (โครงสร้างรุ่น %1 รุ่นนี้รู้จักถึง %2) แฟ้มไม่ได้ถูกเปลี่ยนแปลง โปรดเปิดด้วย ClaimDesk รุ่นใหม่กว่าหรือเลือกแฟ้มอื่น</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the server did not say who owns the book</source>
        <translation>เซิร์ฟเวอร์ไม่ได้แจ้งว่าใครเป็นเจ้าของสมุดเคลม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this team book is at schema version %1 and this ClaimDesk needs %2; its owner brings it up to date (claimdesk-cli --db-url ... team init, as the owner)</source>
        <translation>สมุดเคลมของทีมนี้มีโครงสร้างรุ่น %1 แต่ ClaimDesk รุ่นนี้ต้องการรุ่น %2 เจ้าของสมุดเคลมต้องปรับให้เป็นปัจจุบัน (claimdesk-cli --db-url ... team init ในฐานะเจ้าของ)</translation>
    </message>
    <message>
        <location filename="../core/storage/DocumentRepository.cpp" line="-71"/>
        <location line="+45"/>
        <location line="+313"/>
        <source>There is no document %1</source>
        <translation>ไม่มีเอกสาร %1</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Could not store %1: %2</source>
        <translation>จัดเก็บ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>There is no document %1 on a claim</source>
        <translation>ไม่มีเอกสาร %1 ในเคลมใด</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The document %1 is missing from the database</source>
        <translation>ไม่พบเอกสาร %1 ในฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>There is no extracted field %1</source>
        <translation>ไม่มีช่องข้อมูลที่อ่านได้ %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The field %1 changed or went while it was being corrected; nothing was overwritten</source>
        <translation>ช่องข้อมูล %1 ถูกเปลี่ยนหรือถูกลบระหว่างการแก้ไข ไม่มีการบันทึกทับ</translation>
    </message>
    <message>
        <location filename="../core/storage/IntakeConversationRepository.cpp" line="+70"/>
        <location line="+19"/>
        <source>conversation %1 is not in the database</source>
        <translation>ไม่พบการสนทนา %1 ในฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+529"/>
        <source>it holds tables (%1) but is not a ClaimDesk database</source>
        <translation>มีตาราง (%1) แต่ไม่ใช่ฐานข้อมูลของ ClaimDesk</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>upgrading the schema to version %1 failed: %2</source>
        <translation>ปรับโครงสร้างข้อมูลเป็นรุ่น %1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/PolicyHolderRepository.cpp" line="+66"/>
        <source>policy %1 is already in the book as a policy of another type</source>
        <translation>กรมธรรม์ %1 มีอยู่ในสมุดงานแล้วในฐานะกรมธรรม์อีกประเภทหนึ่ง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not import the policies: %1</source>
        <translation>นำเข้ากรมธรรม์ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlHelpers.cpp" line="+49"/>
        <source>your login&apos;s role may not do this (%1)</source>
        <translation>บทบาทของชื่อเข้าระบบของคุณทำสิ่งนี้ไม่ได้ (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server wants this login&apos;s password, or refused the one given</source>
        <translation>เซิร์ฟเวอร์ต้องการรหัสผ่านของชื่อเข้าระบบนี้ หรือปฏิเสธรหัสผ่านที่ให้ไป</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database is locked by another program; close it or try again</source>
        <translation>ฐานข้อมูลถูกล็อกโดยโปรแกรมอื่น โปรดปิดโปรแกรมนั้นหรือลองใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database file is read-only</source>
        <translation>แฟ้มฐานข้อมูลเป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database file is damaged or is not a database</source>
        <translation>แฟ้มฐานข้อมูลเสียหายหรือไม่ใช่ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>ดิสก์เต็ม</translation>
    </message>
    <message>
        <location filename="../core/storage/TeamSchema.cpp" line="+404"/>
        <source>a team book is on a PostgreSQL server (--db-url); %1 is a desk&apos;s own file</source>
        <translation>สมุดเคลมของทีมอยู่บนเซิร์ฟเวอร์ PostgreSQL (--db-url); %1 เป็นไฟล์ของโต๊ะเดียว</translation>
    </message>
    <message>
        <location filename="../core/storage/BookCopy.cpp" line="+114"/>
        <source>%1 already holds %2: a book is moved only into an empty one</source>
        <translation>%1 มี %2 อยู่แล้ว: ย้ายสมุดเคลมได้เฉพาะเข้าเล่มที่ว่าง</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the two books are at different schema versions (%1 and %2)</source>
        <translation>สมุดเคลมทั้งสองมีโครงสร้างต่างรุ่นกัน (%1 และ %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the team book has no column %1 in %2; nothing was moved</source>
        <translation>สมุดเคลมของทีมไม่มีคอลัมน์ %1 ใน %2 ไม่มีสิ่งใดถูกย้าย</translation>
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
        <translation>หยุดแล้ว ไม่มีสิ่งใดถูกย้าย</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 did not arrive whole (%2 rows sent, %3 arrived, checksums %4 and %5); nothing was moved</source>
        <translation>%1 มาไม่ครบ (ส่ง %2 แถว มาถึง %3 แถว ค่าตรวจสอบ %4 และ %5) ไม่มีสิ่งใดถูกย้าย</translation>
    </message>
    <message>
        <location filename="../core/storage/PortalRepository.cpp" line="+87"/>
        <location line="+28"/>
        <source>There is no insurer portal named &quot;%1&quot;</source>
        <translation>ไม่มีพอร์ทัลบริษัทประกันชื่อ &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/storage/ResponseTimeRepository.cpp" line="+27"/>
        <source>there is no claim %1</source>
        <translation>ไม่มีเคลม %1</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Team</name>
    <message>
        <location filename="../core/team/BookImport.cpp" line="+41"/>
        <source>there is no book file %1</source>
        <translation>ไม่มีไฟล์สมุดเคลม %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a desk&apos;s book moves into a team book on a PostgreSQL server (--db-url)</source>
        <translation>สมุดเคลมของโต๊ะย้ายเข้าสมุดเคลมของทีมบนเซิร์ฟเวอร์ PostgreSQL (--db-url)</translation>
    </message>
    <message>
        <location filename="../core/team/BookRuleSet.cpp" line="+31"/>
        <source>only a team administrator (the claimdesk_admin role) sets the team&apos;s rules: %1</source>
        <translation>เฉพาะผู้ดูแลระบบของทีม (บทบาท claimdesk_admin) เท่านั้นที่กำหนดกฎของทีมได้: %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>the rule set %1 kept in %2 cannot be read: %3</source>
        <translation>อ่านชุดกฎ %1 ที่เก็บไว้ใน %2 ไม่ได้: %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the team book</source>
        <translation>สมุดงานของทีม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this book</source>
        <translation>สมุดงานนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the spec&apos;s defaults; none saved yet)</source>
        <translation>%1 (ค่าเริ่มต้นตามข้อกำหนด ยังไม่มีการบันทึกชุดกฎ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: version %2, saved by %3 on %4</source>
        <translation>%1: รุ่น %2 บันทึกโดย %3 เมื่อ %4</translation>
    </message>
    <message>
        <location filename="../core/team/TeamAdministration.cpp" line="+20"/>
        <source>only a team administrator (the claimdesk_admin role) adds or changes people: %1</source>
        <translation>เฉพาะผู้ดูแลระบบของทีม (บทบาท claimdesk_admin) เท่านั้นที่เพิ่มหรือเปลี่ยนข้อมูลสมาชิกได้: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;%1&apos; cannot be a login: use a letter or _, then letters, digits or _ (at most 63), not beginning with claimdesk_ or pg_</source>
        <translation>&apos;%1&apos; ใช้เป็นชื่อเข้าระบบไม่ได้: ขึ้นต้นด้วยตัวอักษรหรือ _ ตามด้วยตัวอักษร ตัวเลข หรือ _ (ไม่เกิน 63 ตัว) และไม่ขึ้นต้นด้วย claimdesk_ หรือ pg_</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>people and roles belong to a team book on a PostgreSQL server (--db-url); a desk&apos;s own file has only its login</source>
        <translation>สมาชิกและบทบาทมีเฉพาะในสมุดเคลมของทีมบนเซิร์ฟเวอร์ PostgreSQL (--db-url); ไฟล์ของโต๊ะเดียวมีเพียงชื่อเข้าระบบของเครื่อง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this book is not set up for a team yet: run `claimdesk-cli team init` first</source>
        <translation>สมุดเคลมนี้ยังไม่ได้ตั้งค่าสำหรับทีม: เรียก `claimdesk-cli team init` ก่อน</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>an authority limit cannot be negative</source>
        <translation>วงเงินอำนาจอนุมัติติดลบไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/team/TeamPasswords.cpp" line="+47"/>
        <source>the server took the password, but the keychain did not keep it: %1</source>
        <translation>เซิร์ฟเวอร์ยอมรับรหัสผ่านแล้ว แต่ที่เก็บรหัสผ่านของระบบไม่ได้เก็บไว้: %1</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Triage</name>
    <message numerus="yes">
        <location filename="../core/triage/ClaimQueueModel.cpp" line="+312"/>
        <source>%n day(s) open; the SLA is %1 days</source>
        <translation>
            <numerusform>เปิดอยู่ %n วัน; SLA คือ %1 วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) since it was filed</source>
        <translation>
            <numerusform>%n วันนับจากยื่น</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalated</source>
        <translation>ส่งต่อเจ้าหน้าที่</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Claim</source>
        <translation>เคลม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation>ความเสี่ยง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>ผลพิจารณา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>อายุเรื่อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation</source>
        <translation>การส่งต่อ</translation>
    </message>
    <message>
        <location filename="../core/triage/QueueView.cpp" line="+126"/>
        <source>The saved views are not valid JSON (%1 at offset %2)</source>
        <translation>มุมมองที่บันทึกไว้ไม่ใช่ JSON ที่ถูกต้อง (%1 ที่ตำแหน่ง %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved views are not a list</source>
        <translation>มุมมองที่บันทึกไว้ไม่ใช่รายการ</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Ui</name>
    <message>
        <location filename="../ui/DatabaseProblemDialog.cpp" line="+13"/>
        <source>ClaimDesk cannot open its database</source>
        <translation>ClaimDesk เปิดฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was not changed. Choose another database, create a new one, or quit.</source>
        <translation>แฟ้มไม่ได้ถูกเปลี่ยนแปลง เลือกฐานข้อมูลอื่น สร้างใหม่ หรือออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose another file...</source>
        <translation>&amp;เลือกแฟ้มอื่น...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a &amp;new database...</source>
        <translation>สร้างฐานข้อมูล&amp;ใหม่...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/MainWindow.cpp" line="+315"/>
        <source>&amp;Quit</source>
        <translation>&amp;ออก</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/MainWindow.cpp" line="-16"/>
        <source>Open a ClaimDesk database</source>
        <translation>เปิดฐานข้อมูล ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/MainWindow.cpp" line="+1"/>
        <source>ClaimDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>ฐานข้อมูล ClaimDesk (*.sqlite *.db);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New ClaimDesk database</source>
        <translation>ฐานข้อมูล ClaimDesk ใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/SettingsDialog.cpp" line="+52"/>
        <source>ClaimDesk databases (*.sqlite *.db)</source>
        <translation>ฐานข้อมูล ClaimDesk (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../ui/AdminArea.cpp" line="+62"/>
        <source>By hour (2 days)</source>
        <translation>รายชั่วโมง (2 วัน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By day (30 days)</source>
        <translation>รายวัน (30 วัน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week (12 weeks)</source>
        <translation>รายสัปดาห์ (12 สัปดาห์)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month (a year)</source>
        <translation>รายเดือน (หนึ่งปี)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By year (5 years)</source>
        <translation>รายปี (5 ปี)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>บันทึกการทำงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model usage</source>
        <translation>การใช้โมเดล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy library</source>
        <translation>คลังกรมธรรม์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insurer portals</source>
        <translation>พอร์ทัลบริษัทประกัน</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Include personal data (names, ID numbers) for debugging</source>
        <translation>รวมข้อมูลส่วนบุคคล (ชื่อ เลขประจำตัว) เพื่อแก้ปัญหา</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal data in the log</source>
        <translation>ข้อมูลส่วนบุคคลในบันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log will hold customers&apos; names and ID numbers until it is cleared or they expire (7 days). Switch this on only to investigate a problem.</source>
        <translation>บันทึกจะเก็บชื่อและเลขประจำตัวของลูกค้าจนกว่าจะล้างบันทึกหรือหมดอายุ (7 วัน) เปิดใช้เฉพาะเมื่อต้องตรวจสอบปัญหาเท่านั้น</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>C&amp;lear log...</source>
        <translation>ล้างบันทึก(&amp;L)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record from level</source>
        <translation>บันทึกตั้งแต่ระดับ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search the messages</source>
        <translation>ค้นหาข้อความ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All categories</source>
        <translation>ทุกหมวด</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All levels</source>
        <translation>ทุกระดับ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim ID</source>
        <translation>รหัสเคลม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search</source>
        <translation>ค้นหา(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location filename="../ui/InboxItemModel.cpp" line="+103"/>
        <location filename="../ui/PortalArea.cpp" line="+172"/>
        <location filename="../ui/ReviewArea.cpp" line="+340"/>
        <source>Claim</source>
        <translation>เคลม</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Operation</source>
        <translation>งาน</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Calls</source>
        <translation>จำนวนครั้ง</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <location filename="../ui/PortalArea.cpp" line="-127"/>
        <source>Failed</source>
        <translation>ไม่สำเร็จ</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <location line="+228"/>
        <source>Tokens in</source>
        <translation>โทเค็นขาเข้า</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+6"/>
        <location line="+229"/>
        <source>Tokens out</source>
        <translation>โทเค็นขาออก</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+6"/>
        <source>Cost</source>
        <translation>ค่าใช้จ่าย</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last 30 days by operation</source>
        <translation>30 วันล่าสุดแยกตามงาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 30 days by claim (most expensive first)</source>
        <translation>30 วันล่าสุดแยกตามเคลม (ค่าใช้จ่ายสูงสุดก่อน)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tokens over time</source>
        <translation>โทเค็นตามช่วงเวลา</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Administration</source>
        <translation>การดูแลระบบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/SettingsDialog.cpp" line="+27"/>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version</source>
        <translation>รุ่นโครงสร้างข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/ManagerArea.cpp" line="+401"/>
        <source>Claims</source>
        <translation>เคลม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy holders</source>
        <translation>ผู้ถือกรมธรรม์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule set in force</source>
        <translation>ชุดกฎที่ใช้อยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules kept in</source>
        <translation>ที่เก็บกฎ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The log could not be read: %1</source>
        <translation>อ่านบันทึกไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 kept for %2 days. Errors in the last hour: %3. By level: %4. By category: %5.</source>
        <translation>%1 เก็บไว้ %2 วัน ข้อผิดพลาดในชั่วโมงที่ผ่านมา: %3 ตามระดับ: %4 ตามหมวด: %5</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln บรรทัด</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Clear the log</source>
        <translation>ล้างบันทึก</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete every line of the application log? This cannot be undone.</source>
        <translation>ลบบันทึกการทำงานทั้งหมดหรือไม่ การลบนี้ย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 calls (%2 failed), %3 tokens in, %4 out, %5 %6</source>
        <translation>เรียก %1 ครั้ง (ล้มเหลว %2), โทเค็นขาเข้า %3, ขาออก %4, %5 %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>offline (templates and rules)</source>
        <translation>ออฟไลน์ (แม่แบบและกฎ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Language model</source>
        <translation>โมเดลภาษา</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+37"/>
        <source>The ledger could not be read: %1</source>
        <translation>อ่านบัญชีค่าใช้จ่ายไม่ได้: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <location filename="../ui/SettingsDialog.cpp" line="+3"/>
        <source>Model</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 วันล่าสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No model calls in this period</source>
        <translation>ไม่มีการเรียกโมเดลในช่วงนี้</translation>
    </message>
    <message>
        <location filename="../ui/AgentPanel.cpp" line="+30"/>
        <source>As&amp;k the model</source>
        <translation>ถามโมเดล(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model decides the claim through the bronze, silver and gold steps; its opinion is kept beside the rules&apos; decision</source>
        <translation>โมเดลพิจารณาเคลมตามขั้นบรอนซ์ ซิลเวอร์ และโกลด์ ความเห็นของโมเดลเก็บไว้คู่กับผลการพิจารณาของกฎ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ccept the model&apos;s decision...</source>
        <translation>ยอมรับผลการพิจารณาของโมเดล(&amp;C)...</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No language model is configured (Settings &gt; Model): agent mode is off, the rules&apos; decision stands.</source>
        <translation>ยังไม่ได้ตั้งค่าโมเดลภาษา (การตั้งค่า &gt; โมเดล) โหมดเอเจนต์จึงปิดอยู่ และใช้ผลการพิจารณาของกฎ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The model has not been asked about this claim.</source>
        <translation>ยังไม่ได้ถามโมเดลเกี่ยวกับเคลมนี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no decision</source>
        <translation>ไม่มีผลการพิจารณา</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (confidence %2)</source>
        <translation>%1 (ความมั่นใจ %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2, prompt %3</source>
        <translation>%1, %2, พรอมต์ %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accepted by %1 on %2</source>
        <translation>ยอมรับโดย %1 เมื่อ %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../ui/ClaimSummaryBox.cpp" line="+99"/>
        <source>Asking %1...</source>
        <translation>กำลังถาม %1...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No opinion from the model: %1</source>
        <translation>ไม่ได้ความเห็นจากโมเดล: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept the model&apos;s decision</source>
        <translation>ยอมรับผลการพิจารณาของโมเดล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you, %1, accept the model&apos;s decision on %2? The rules&apos; decision stays in the claim&apos;s history.</source>
        <translation>บันทึกว่าคุณ %1 ยอมรับผลการพิจารณาของโมเดลสำหรับ %2 หรือไม่ ผลการพิจารณาของกฎยังคงอยู่ในประวัติของเคลม</translation>
    </message>
    <message>
        <location filename="../ui/ChatPane.cpp" line="+65"/>
        <source>Thai and English</source>
        <translation>ไทยและอังกฤษ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai only</source>
        <translation>ภาษาไทยเท่านั้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English only</source>
        <translation>ภาษาอังกฤษเท่านั้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the assistant&apos;s replies</source>
        <translation>ภาษาที่ผู้ช่วยใช้ตอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New conversation</source>
        <translation>เริ่มการสนทนาใหม่ (&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this conversation and start another (Ctrl+Shift+N)</source>
        <translation>ปิดการสนทนานี้และเริ่มใหม่ (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+372"/>
        <source>ClaimDesk is writing</source>
        <translation>ClaimDesk กำลังพิมพ์</translation>
    </message>
    <message>
        <location line="-365"/>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading the document (Esc)</source>
        <translation>หยุดอ่านเอกสาร (Esc)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a message (Enter sends, Shift+Enter for a new line), or drop documents on the conversation</source>
        <translation>พิมพ์ข้อความ (Enter เพื่อส่ง, Shift+Enter เพื่อขึ้นบรรทัดใหม่) หรือลากเอกสารมาวางในการสนทนา</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send</source>
        <translation>ส่ง (&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attach...</source>
        <translation>แนบไฟล์ (&amp;A)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach documents (Ctrl+U)</source>
        <translation>แนบเอกสาร (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replies in:</source>
        <translation>ตอบเป็นภาษา:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No claim yet</source>
        <translation>ยังไม่มีเคลม</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+285"/>
        <location filename="../ui/ClaimDetailsView.cpp" line="+35"/>
        <location filename="../ui/InboxItemModel.cpp" line="+2"/>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Su&amp;bmit claim</source>
        <translation>ส่งเคลม (&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enabled once every required document is here and the policy is verified</source>
        <translation>ใช้ได้เมื่อได้รับเอกสารที่จำเป็นครบและยืนยันกรมธรรม์แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit the claim</source>
        <translation>ส่งเคลม</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received</source>
        <translation>ได้รับแล้ว</translation>
    </message>
    <message>
        <location line="+138"/>
        <location filename="../ui/ClaimDetailsView.cpp" line="+47"/>
        <source>Reading %1...</source>
        <translation>กำลังอ่าน %1...</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Attach documents</source>
        <translation>แนบเอกสาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/IntakeArea.cpp" line="+96"/>
        <location filename="../ui/MainWindow.cpp" line="+192"/>
        <source>Documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>เอกสาร (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No claim yet: the claim opens when its kind is known.</source>
        <translation>ยังไม่มีเคลม: เคลมจะเปิดเมื่อทราบประเภท</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim %1</source>
        <translation>เคลม %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalated: a claims officer will call</source>
        <translation>ส่งต่อเจ้าหน้าที่: เจ้าหน้าที่สินไหมจะติดต่อกลับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspection: %1</source>
        <translation>นัดตรวจสภาพ: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy %1 verified (%2)</source>
        <translation>ยืนยันกรมธรรม์ %1 แล้ว (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy not verified yet</source>
        <translation>ยังไม่ได้ยืนยันกรมธรรม์</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (optional)</source>
        <translation>%1 (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Documents: %1 of %2 required</source>
        <translation>เอกสาร: %1 จาก %2 ที่จำเป็น</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (customer)</source>
        <translation> (ลูกค้า)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (other party)</source>
        <translation> (คู่กรณี)</translation>
    </message>
    <message>
        <location filename="../ui/ConflictDialog.cpp" line="+29"/>
        <source>Claim %1 was changed meanwhile</source>
        <translation>เคลม %1 ถูกเปลี่ยนระหว่างนั้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved claim %1 after you opened it (you edited version %2; version %3 is saved now). Nothing of yours has been written. Compare the two versions and choose.</source>
        <translation>มีผู้อื่นบันทึกเคลม %1 หลังจากที่คุณเปิด (คุณแก้ไขฉบับที่ %2 ขณะนี้บันทึกเป็นฉบับที่ %3) ยังไม่มีการบันทึกสิ่งที่คุณแก้ไข โปรดเปรียบเทียบทั้งสองฉบับแล้วเลือก</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/ReviewArea.cpp" line="-22"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/ReviewArea.cpp" line="-61"/>
        <location line="+62"/>
        <source>Memo</source>
        <translation>บันทึกย่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../ui/ClaimDetailsView.cpp" line="-54"/>
        <location filename="../ui/ConflictDialog.cpp" line="+1"/>
        <source>Provider</source>
        <translation>สถานพยาบาล/อู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/ConflictDialog.cpp" line="+1"/>
        <source>Diagnosis</source>
        <translation>การวินิจฉัย</translation>
    </message>
    <message>
        <location filename="../ui/ConflictDialog.cpp" line="+1"/>
        <source>Service date</source>
        <translation>วันที่รับบริการ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/DocumentViewer.cpp" line="+92"/>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>ของคุณ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved now</source>
        <translation>ที่บันทึกอยู่ตอนนี้</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 by %2: %3, %4 → %5</source>
        <translation>%1 โดย %2: %3, %4 → %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed meanwhile:</source>
        <translation>การเปลี่ยนแปลงระหว่างนั้น:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the saved version</source>
        <translation>แสดงฉบับที่บันทึกไว้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply my change to it</source>
        <translation>ใช้การแก้ไขของฉันทับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>แก้ไขต่อ</translation>
    </message>
    <message>
        <location filename="../ui/DesktopSession.cpp" line="+44"/>
        <source>Opening the database %1…</source>
        <translation>กำลังเปิดฐานข้อมูล %1…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The password was not kept in the keychain: %1. It is asked again next time.</source>
        <translation>ไม่ได้เก็บรหัสผ่านไว้ในที่เก็บรหัสผ่านของระบบ: %1 จะถามอีกครั้งในครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the decision rules…</source>
        <translation>กำลังอ่านกฎการพิจารณา…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/SettingsDialog.cpp" line="-1"/>
        <source>Decision rules</source>
        <translation>กฎการพิจารณา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The spec&apos;s default rules are used until the file is fixed.</source>
        <translation>%1

จะใช้กฎเริ่มต้นจนกว่าแฟ้มจะได้รับการแก้ไข</translation>
    </message>
    <message>
        <location filename="../ui/DocumentViewer.cpp" line="-56"/>
        <source>corrected</source>
        <translation>แก้ไขแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCR, model agrees</source>
        <translation>OCR โมเดลเห็นตรงกัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCR; model read &quot;%1&quot;</source>
        <translation>OCR; โมเดลอ่านได้ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>ความมั่นใจ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read by</source>
        <translation>อ่านโดย</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Double-click a value (or press F2) to correct it; the claim is decided again and the change audited.</source>
        <translation>ดับเบิลคลิกที่ค่า (หรือกด F2) เพื่อแก้ไข เคลมจะถูกพิจารณาใหม่และบันทึกการเปลี่ยนแปลงไว้</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>พอดีความกว้าง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the page&apos;s width</source>
        <translation>ปรับให้พอดีความกว้างหน้า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit page</source>
        <translation>พอดีหน้า</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole page</source>
        <translation>แสดงทั้งหน้า</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⟲</source>
        <translation>⟲</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotate left</source>
        <translation>หมุนซ้าย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⟳</source>
        <translation>⟳</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotate right</source>
        <translation>หมุนขวา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous page</source>
        <translation>หน้าก่อน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next page</source>
        <translation>หน้าถัดไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Useful</source>
        <translation>มีประโยชน์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This document helped decide the claim</source>
        <translation>เอกสารนี้ช่วยในการพิจารณาเคลม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not useful</source>
        <translation>ไม่มีประโยชน์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document did not help (wrong, unreadable, irrelevant)</source>
        <translation>เอกสารนี้ไม่ช่วย (ผิด อ่านไม่ได้ หรือไม่เกี่ยวข้อง)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Reading the claim&apos;s documents...</source>
        <translation>กำลังอ่านเอกสารของเคลม...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No documents yet. Drop files on the window to attach them to this claim.</source>
        <translation>ยังไม่มีเอกสาร ลากไฟล์มาวางบนหน้าต่างเพื่อแนบกับเคลมนี้</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loading %1...</source>
        <translation>กำลังโหลด %1...</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Printed: %1</source>
        <translation>พิมพ์ไว้ว่า: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 was read by the model; it has no place on the page.</source>
        <translation>%1 อ่านโดยโมเดล จึงไม่มีตำแหน่งบนหน้า</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was not marked: %2</source>
        <translation>ทำเครื่องหมาย %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
    <message>
        <location filename="../ui/DossierView.cpp" line="+27"/>
        <source>Claim dossier</source>
        <translation>แฟ้มเคลม</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as &amp;PDF...</source>
        <translation>บันทึกเป็น &amp;PDF...</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/MoveBookDialog.cpp" line="+165"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dossier could not be shown.</source>
        <translation>แสดงแฟ้มเคลมไม่ได้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be written to %1</source>
        <translation>เขียน PDF ลงใน %1 ไม่ได้</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Claim dossier %1</source>
        <translation>แฟ้มเคลม %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading...</source>
        <translation>กำลังโหลด...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The dossier could not be prepared: %1</source>
        <translation>เตรียมแฟ้มเคลมไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the PDF...</source>
        <translation>กำลังเขียน PDF...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the dossier as PDF</source>
        <translation>บันทึกแฟ้มเคลมเป็น PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/InboxItemModel.cpp" line="-53"/>
        <location filename="../ui/ModelSettingsPage.cpp" line="+314"/>
        <source>Failed: %1</source>
        <translation>ไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already on the claim</source>
        <translation>มีอยู่ในเคลมแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New claim</source>
        <translation>เคลมใหม่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added to the claim</source>
        <translation>เพิ่มเข้าเคลมแล้ว</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Taken in</source>
        <translation>รับเมื่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <comment>who sent it</comment>
        <translation>ที่มา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File, folder or message</source>
        <translation>แฟ้ม โฟลเดอร์ หรือจดหมาย</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <location filename="../ui/InboxView.cpp" line="+45"/>
        <source>&amp;Retry</source>
        <translation>ลอง&amp;ใหม่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the failed file back in its folder, or the message back in its mailbox, to be taken in again</source>
        <translation>นำแฟ้มที่ไม่สำเร็จกลับไปไว้ในโฟลเดอร์ หรือนำจดหมายกลับไปไว้ในกล่องจดหมาย เพื่อรับเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Look now</source>
        <translation>&amp;ดูตอนนี้</translation>
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
        <translation>ยังไม่ได้เฝ้าดูโฟลเดอร์หรือกล่องจดหมายใด เพิ่มได้ที่ การตั้งค่า &gt; กล่องรับ: แฟ้มที่เครื่องสแกนหรือระบบอื่นวางไว้ และใบเสร็จที่ลูกค้าส่งทางอีเมล จะถูกรับเข้าเป็นเอกสารของเคลม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watching %1. A claim ID in a file&apos;s name (or its subfolder&apos;s) or in a message&apos;s subject sends it to that claim; the files of one subfolder open one claim together. Taken files move to %2, failed ones to %3 with the reason beside them; taken messages are marked on the server.</source>
        <translation>กำลังเฝ้าดู %1 เลขเคลมในชื่อแฟ้ม (หรือชื่อโฟลเดอร์ย่อย) หรือในหัวเรื่องของจดหมาย ส่งไปยังเคลมนั้น แฟ้มในโฟลเดอร์ย่อยเดียวกันเปิดเป็นเคลมเดียวกัน แฟ้มที่รับแล้วย้ายไป %2 แฟ้มที่ไม่สำเร็จย้ายไป %3 พร้อมเหตุผล จดหมายที่รับแล้วจะถูกทำเครื่องหมายบนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <location filename="../ui/IntakeArea.cpp" line="-64"/>
        <source>C&amp;onversation</source>
        <translation>การสนทนา (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quick import</source>
        <translation>นำเข้าด่วน (&amp;Q)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Inbox</source>
        <translation>&amp;กล่องรับ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quick import</source>
        <translation>นำเข้าด่วน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of claim, then drop the customer&apos;s documents (bills, receipts, ID card, licence, photos) below or pick them from a folder. A claim is opened and the documents are stored on it.</source>
        <translation>เลือกประเภทเคลม แล้วลากเอกสารของลูกค้า (ใบแจ้งหนี้ ใบเสร็จ บัตรประชาชน ใบขับขี่ รูปถ่าย) มาวางด้านล่าง หรือเลือกจากโฟลเดอร์ ระบบจะเปิดเคลมและจัดเก็บเอกสารไว้ในเคลมนั้น</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of claim</source>
        <translation>ประเภทเคลม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Health</source>
        <translation>&amp;สุขภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Car damage</source>
        <translation>&amp;รถยนต์เสียหาย</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drop documents here
(JPEG, PNG, WebP, TIFF or PDF)</source>
        <translation>วางเอกสารที่นี่
(JPEG, PNG, WebP, TIFF หรือ PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;files...</source>
        <translation>เลือก&amp;แฟ้ม...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents for a new claim</source>
        <translation>เอกสารสำหรับเคลมใหม่</translation>
    </message>
    <message>
        <location filename="../ui/MailboxDialog.cpp" line="+21"/>
        <source>Mailbox</source>
        <translation>กล่องจดหมาย</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The system&apos;s</source>
        <translation>ของระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/PortalsPage.cpp" line="+41"/>
        <location filename="../ui/SettingsDialog.cpp" line="-32"/>
        <source>&amp;Browse...</source>
        <translation>&amp;เรียกดู...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate authority</source>
        <translation>ผู้ออกใบรับรอง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>ใบรับรอง (*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>ไม่เปลี่ยน (เก็บไว้ในพวงกุญแจของระบบ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation>&amp;เซิร์ฟเวอร์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/PortalsPage.cpp" line="+17"/>
        <source>&amp;Login:</source>
        <translation>&amp;ชื่อเข้าใช้:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;โฟลเดอร์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;ผู้ออกใบรับรอง:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/PortalsPage.cpp" line="+1"/>
        <location filename="../ui/TeamPasswordDialog.cpp" line="+36"/>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+8"/>
        <location line="+13"/>
        <source>Mailbox not saved</source>
        <translation>ไม่ได้บันทึกกล่องจดหมาย</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Give the mailbox&apos;s password: it is kept for a server and login, and none is kept for these.</source>
        <translation>โปรดระบุรหัสผ่านของกล่องจดหมาย: รหัสผ่านเก็บแยกตามเซิร์ฟเวอร์และชื่อผู้ใช้ และยังไม่มีสำหรับชุดนี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the mailbox…</source>
        <translation>กำลังตรวจกล่องจดหมาย…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-428"/>
        <source>ClaimDesk</source>
        <translation>ClaimDesk</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Claims: unavailable (%1)</source>
        <translation>เคลม: ไม่พร้อมใช้งาน (%1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Database: %1</source>
        <translation>ฐานข้อมูล: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting claims...</source>
        <translation>กำลังนับเคลม...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inbox: %1 taken in, claim %2</source>
        <translation>กล่องรับ: รับ %1 แล้ว เคลม %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox: %1 failed (see Intake &gt; Inbox)</source>
        <translation>กล่องรับ: %1 ไม่สำเร็จ (ดูที่ รับเรื่อง &gt; กล่องรับ)</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Finished %n interrupted import(s): %1 document(s) read</source>
        <translation>
            <numerusform>นำเข้าที่ค้างไว้เสร็จแล้ว %n รายการ: อ่านเอกสาร %1 ฉบับ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; %n could not be finished (see Admin &gt; Log)</source>
        <translation>
            <numerusform>; %n รายการทำให้เสร็จไม่ได้ (ดูที่ ผู้ดูแลระบบ &gt; บันทึกการทำงาน)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interrupted imports could not be finished: %1</source>
        <translation>ทำการนำเข้าที่ค้างไว้ให้เสร็จไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The team server cannot be reached; trying again. Edits that could not be saved stay on screen.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ของทีมไม่ได้ กำลังลองใหม่ การแก้ไขที่บันทึกไม่ได้ยังคงอยู่บนหน้าจอ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Intake</source>
        <translation>รับเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>ตรวจสอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal</source>
        <translation>พอร์ทัล</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>แ&amp;ฟ้ม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import documents...</source>
        <translation>&amp;นำเข้าเอกสาร...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database...</source>
        <translation>&amp;เปิดฐานข้อมูล...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export claims as CSV...</source>
        <translation>ส่งออกเคลมเป็น CSV(&amp;E)...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Move this book to a team server...</source>
        <translation>ย้ายสมุดเคลมนี้ไปยังเซิร์ฟเวอร์ของทีม(&amp;M)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>แ&amp;ก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings...</source>
        <translation>&amp;ตั้งค่า...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;มุมมอง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>โ&amp;หลดใหม่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;ช่วยเหลือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ClaimDesk</source>
        <translation>&amp;เกี่ยวกับ ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About ClaimDesk</source>
        <translation>เกี่ยวกับ ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk %1</source>
        <translation>ClaimDesk %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The claims adjuster&apos;s desk: intake, review, decisions and reports, offline by default.</source>
        <translation>โต๊ะงานของพนักงานตรวจสอบค่าสินไหม: รับเรื่อง ตรวจสอบ พิจารณา และรายงาน ทำงานแบบออฟไลน์เป็นค่าเริ่มต้น</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 claims, %2 open</source>
        <translation>เคลม %1 รายการ ค้างอยู่ %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An export is already running; wait for it to finish</source>
        <translation>มีการส่งออกที่กำลังทำงานอยู่ โปรดรอให้เสร็จ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detailed CSV (*.csv)</source>
        <translation>CSV แบบละเอียด (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Sheets CSV (*.csv)</source>
        <translation>CSV สำหรับ Google Sheets (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary CSV (*.csv)</source>
        <translation>CSV แบบสรุป (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export claims as CSV</source>
        <translation>ส่งออกเคลมเป็น CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting claims to %1...</source>
        <translation>กำลังส่งออกเคลมไปยัง %1...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <location line="+65"/>
        <location filename="../ui/PolicyLibraryPage.cpp" line="+49"/>
        <location filename="../ui/PortalArea.cpp" line="+35"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message numerus="yes">
        <location line="-108"/>
        <source>%Ln claim(s) exported to %1</source>
        <translation>
            <numerusform>ส่งออก %Ln เคลมไปยัง %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed: %1</source>
        <translation>ส่งออกไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The team decides by rule set %1 from now on: each desk takes it when it next opens the book, and an adjuster or manager re-decides open claims with claimdesk-cli rules rescore.</source>
        <translation>ทีมจะพิจารณาตามชุดกฎ %1 ตั้งแต่นี้ไป แต่ละโต๊ะจะใช้เมื่อเปิดสมุดเคลมครั้งถัดไป และผู้ตรวจสอบเคลมหรือผู้จัดการพิจารณาเคลมที่เปิดอยู่ใหม่ด้วย claimdesk-cli rules rescore</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-scoring open claims with rule set %1...</source>
        <translation>กำลังประเมินเคลมที่ค้างอยู่ใหม่ด้วยชุดกฎ %1...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Re-scored %1 open claims</source>
        <translation>ประเมินเคลมที่ค้างอยู่ใหม่แล้ว %1 รายการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-scoring canceled after %1 claims; the rest keep their earlier decision</source>
        <translation>ยกเลิกการประเมินใหม่หลังจาก %1 รายการ ที่เหลือยังใช้ผลพิจารณาเดิม</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-scoring failed</source>
        <translation>การประเมินใหม่ล้มเหลว</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>Import documents</source>
        <translation>นำเข้าเอกสาร</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s) to store. No claim is selected: open a new claim for them?</source>
        <translation>
            <numerusform>มีเอกสาร %n ฉบับที่จะจัดเก็บ แต่ยังไม่ได้เลือกเคลม ต้องการเปิดเคลมใหม่หรือไม่?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;health claim</source>
        <translation>เคลม&amp;สุขภาพใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;car damage claim</source>
        <translation>เคลม&amp;รถยนต์ใหม่</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An import is already running; wait for it to finish</source>
        <translation>กำลังนำเข้าเอกสารอยู่ โปรดรอให้เสร็จก่อน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storing documents...</source>
        <translation>กำลังจัดเก็บเอกสาร...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Storing %1...</source>
        <translation>กำลังจัดเก็บ %1...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is stored but could not be read: %2</source>
        <translation>จัดเก็บ %1 แล้ว แต่อ่านไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already on claim %2</source>
        <translation>%1 มีอยู่ในเคลม %2 แล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 stored, %3 duplicate(s), %4 failed%5</source>
        <translation>%1: จัดเก็บ %2 ซ้ำ %3 ล้มเหลว %4%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No claim</source>
        <translation>ไม่มีเคลม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (canceled)</source>
        <translation> (ยกเลิกแล้ว)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the claim took details from them and was decided again</source>
        <translation>; เคลมได้รับรายละเอียดจากเอกสารและได้รับการพิจารณาใหม่แล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import failed</source>
        <translation>นำเข้าล้มเหลว</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+15"/>
        <source>Work in progress</source>
        <translation>งานยังไม่เสร็จ</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>An import, export or re-scoring is still running. Stop it and quit? Work done so far is kept.</source>
        <translation>การนำเข้า ส่งออก หรือการประเมินใหม่ยังทำงานอยู่ ต้องการหยุดและออกหรือไม่ งานที่ทำไปแล้วจะถูกเก็บไว้</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A claim is being filed on an insurer&apos;s portal. Quit anyway? The claim is looked up on the portal before it is filed again.</source>
        <translation>กำลังยื่นเคลมบนพอร์ทัลบริษัทประกัน ต้องการออกเลยหรือไม่? เคลมจะถูกค้นบนพอร์ทัลก่อนยื่นอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ui/ManagerArea.cpp" line="-332"/>
        <location filename="../ui/QueueFilterBar.cpp" line="+78"/>
        <source>All types</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last &amp;30 days</source>
        <translation>30 วันล่าสุด(&amp;3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export CSV...</source>
        <translation>ส่งออก CSV(&amp;E)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the claims of this range and type as CSV</source>
        <translation>ส่งออกเคลมในช่วงวันที่และประเภทนี้เป็น CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <comment>start of a date range</comment>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/QueueFilterBar.cpp" line="+63"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total claims</source>
        <translation>เคลมทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average response</source>
        <translation>เวลาตอบเฉลี่ย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy rate</source>
        <translation>อัตราความแม่นยำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid, health</source>
        <translation>จ่ายแล้ว สุขภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid, car damage</source>
        <translation>จ่ายแล้ว รถยนต์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-approval rate</source>
        <translation>อัตราอนุมัติอัตโนมัติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open backlog</source>
        <translation>งานค้าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model cost</source>
        <translation>ค่าใช้จ่ายโมเดล</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+178"/>
        <source>Claims per day</source>
        <translation>เคลมต่อวัน</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+177"/>
        <source>Paid amount per day</source>
        <translation>ยอดจ่ายต่อวัน</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Decision mix</source>
        <translation>สัดส่วนผลการพิจารณา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk distribution</source>
        <translation>การกระจายความเสี่ยง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backlog by age</source>
        <translation>งานค้างตามอายุ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click a bar or a slice to open those claims in Review. Right-click to save the chart.</source>
        <translation>คลิกแท่งหรือชิ้นเพื่อเปิดเคลมเหล่านั้นในหน้าตรวจสอบ คลิกขวาเพื่อบันทึกแผนภูมิ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save chart as PNG...</source>
        <translation>บันทึกแผนภูมิเป็น PNG...</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The range ends before it starts.</source>
        <translation>ช่วงวันที่สิ้นสุดก่อนวันเริ่มต้น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computing...</source>
        <translation>กำลังคำนวณ...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The figures could not be read: %1</source>
        <translation>อ่านตัวเลขไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 ms</source>
        <translation>%1 มิลลิวินาที</translation>
    </message>
    <message>
        <location line="-182"/>
        <location line="+182"/>
        <source>n/a</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln model call(s), %1 tokens, in the price table&apos;s currency</source>
        <translation>
            <numerusform>เรียกโมเดล %Ln ครั้ง %1 โทเค็น คิดเป็นสกุลเงินของตารางราคา</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 useful and %2 not useful documents</source>
        <translation>เอกสารมีประโยชน์ %1 และไม่มีประโยชน์ %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln claim(s), %1 to %2</source>
        <translation>
            <numerusform>%Ln เคลม ตั้งแต่ %1 ถึง %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>week of %1</source>
        <translation>สัปดาห์ของ %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paid amount per week</source>
        <translation>ยอดจ่ายต่อสัปดาห์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claims per week</source>
        <translation>เคลมต่อสัปดาห์</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, %2: %3 paid</source>
        <translation>%1, %2: จ่ายแล้ว %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %2: %Ln claim(s)</source>
        <translation>
            <numerusform>%1, %2: %Ln เคลม</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paid %1 claims created on %2</source>
        <translation>เคลม%1ที่จ่ายแล้ว สร้างเมื่อ %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 claims created on %2</source>
        <translation>เคลม%1ที่สร้างเมื่อ %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2 (%3 %)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Claims decided %1</source>
        <translation>เคลมที่ผลการพิจารณาเป็น %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not decided</source>
        <translation>ยังไม่ได้พิจารณา</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Claims at risk level %1</source>
        <translation>เคลมที่มีความเสี่ยงระดับ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %Ln claim(s)</source>
        <translation>
            <numerusform>%1: %Ln เคลม</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open claims</source>
        <translation>เคลมที่ยังเปิดอยู่</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open claims waiting %1</source>
        <translation>เคลมที่ยังเปิดอยู่ รอมา %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Waiting %1: %Ln claim(s)</source>
        <translation>
            <numerusform>รอ %1: %Ln เคลม</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days waiting</source>
        <translation>จำนวนวันที่รอ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1.</source>
        <translation>เขียน %1 ไม่ได้</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Save chart</source>
        <translation>บันทึกแผนภูมิ</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG images (*.png)</source>
        <translation>ภาพ PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/ModelSettingsPage.cpp" line="-285"/>
        <source> s</source>
        <translation> วินาที</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Offline (no model: templates and rules)</source>
        <translation>ออฟไลน์ (ไม่ใช้โมเดล: แม่แบบและกฎ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)</source>
        <translation>แบบ OpenAI (OpenAI, Ollama, llama.cpp, vLLM)</translation>
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
        <translation>เมื่อมีโมเดลเวกเตอร์ คลังกรมธรรม์จะจัดอันดับข้อกำหนดตามความหมายและตามคำ เอกสารที่นำเข้าก่อนหน้าจะจัดอันดับตามคำจนกว่าจะนำเข้าใหม่</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paste a new key to store it</source>
        <translation>วางคีย์ใหม่เพื่อบันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Store in keychain</source>
        <translation>&amp;บันทึกในที่เก็บรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/PortalsPage.cpp" line="+52"/>
        <location filename="../ui/SettingsDialog.cpp" line="+59"/>
        <source>&amp;Remove</source>
        <translation>&amp;นำออก</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Model (or name prefix)</source>
        <translation>โมเดล (หรือคำขึ้นต้นชื่อ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input per 1M tokens</source>
        <translation>ขาเข้าต่อ 1 ล้านโทเค็น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output per 1M tokens</source>
        <translation>ขาออกต่อ 1 ล้านโทเค็น</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add price</source>
        <translation>&amp;เพิ่มราคา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove price</source>
        <translation>ลบราคา</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Test connection</source>
        <translation>&amp;ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Provider</source>
        <translation>&amp;ผู้ให้บริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;URL</source>
        <translation>&amp;URL ของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model</source>
        <translation>&amp;โมเดล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure API &amp;version</source>
        <translation>&amp;เวอร์ชัน API ของ Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Embedding model</source>
        <translation>โมเดลเวกเตอร์ฝังความหมาย (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>คีย์ API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect timeout</source>
        <translation>เวลารอเชื่อมต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read timeout</source>
        <translation>เวลารอคำตอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total timeout</source>
        <translation>เวลารวมสูงสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts (first try and retries)</source>
        <translation>จำนวนครั้งที่ลอง (ครั้งแรกและลองใหม่)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause calls after this many failures</source>
        <translation>หยุดเรียกชั่วคราวหลังล้มเหลวติดกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause for</source>
        <translation>หยุดเป็นเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price &amp;currency</source>
        <translation>&amp;สกุลเงินของราคา</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The key was not stored: %1. Where no keychain service runs, set CLAIMDESK_LLM_API_KEY instead.</source>
        <translation>ไม่ได้บันทึกคีย์: %1 หากไม่มีบริการที่เก็บรหัสผ่าน ให้กำหนด CLAIMDESK_LLM_API_KEY แทน</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Price row %1: a model name and two amounts such as 2.50 are needed</source>
        <translation>ราคาแถวที่ %1: ต้องมีชื่อโมเดลและจำนวนเงินสองค่า เช่น 2.50</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Anthropic offers no embeddings</source>
        <translation>Anthropic ไม่มีบริการเวกเตอร์ฝังความหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: clauses found by words (e.g. text-embedding-3-small)</source>
        <translation>ไม่มี: ค้นหาข้อกำหนดตามคำ (เช่น text-embedding-3-small)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deployment name</source>
        <translation>ชื่อ deployment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>model name</source>
        <translation>ชื่อโมเดล</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ClaimDesk works fully offline: summaries, replies and decisions come from templates and rules.</source>
        <translation>ClaimDesk ทำงานแบบออฟไลน์ได้ทั้งหมด: สรุป คำตอบ และการตัดสินมาจากแม่แบบและกฎ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for the key...</source>
        <translation>กำลังค้นหาคีย์...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A key is stored in the system keychain.</source>
        <translation>มีคีย์เก็บไว้ในที่เก็บรหัสผ่านของระบบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key comes from the CLAIMDESK_LLM_API_KEY environment variable (%1).</source>
        <translation>ใช้คีย์จากตัวแปรสภาพแวดล้อม CLAIMDESK_LLM_API_KEY (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No key (%1). Where no keychain service runs (a headless machine), set CLAIMDESK_LLM_API_KEY before starting ClaimDesk. Local servers such as Ollama need no key.</source>
        <translation>ไม่มีคีย์ (%1) หากไม่มีบริการที่เก็บรหัสผ่าน (เครื่องที่ไม่มีหน้าจอ) ให้กำหนด CLAIMDESK_LLM_API_KEY ก่อนเปิด ClaimDesk เซิร์ฟเวอร์ในเครื่องเช่น Ollama ไม่ต้องใช้คีย์</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Storing...</source>
        <translation>กำลังบันทึก...</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Testing...</source>
        <translation>กำลังทดสอบ...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>เชื่อมต่อแล้ว: %1 ตอบใน %2 มิลลิวินาที</translation>
    </message>
    <message>
        <location filename="../ui/MoveBookDialog.cpp" line="-142"/>
        <source>Move this book to a team server</source>
        <translation>ย้ายสมุดเคลมนี้ไปยังเซิร์ฟเวอร์ของทีม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies this desk&apos;s whole book (claims, documents, history, log) into an empty book on a PostgreSQL server and sets up the team&apos;s roles there. IDs are kept; every table is checked; either everything arrives or nothing does. This desk&apos;s file stays as it is.</source>
        <translation>คัดลอกสมุดเคลมทั้งเล่มของโต๊ะนี้ (เคลม เอกสาร ประวัติ บันทึก) ไปยังสมุดเคลมว่างบนเซิร์ฟเวอร์ PostgreSQL และตั้งค่าบทบาทของทีมที่นั่น รหัสทั้งหมดคงเดิม ทุกตารางได้รับการตรวจสอบ ข้อมูลจะไปถึงครบทั้งหมดหรือไม่ไปเลย ไฟล์ของโต๊ะนี้คงเดิม</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Team book (a login that may create roles):</source>
        <translation>สมุดเคลมของทีม (ชื่อเข้าระบบที่สร้างบทบาทได้)(&amp;T):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Move</source>
        <translation>ย้าย(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the team book</source>
        <translation>เปิดสมุดเคลมของทีม(&amp;O)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 rows</source>
        <translation>%1 จาก %2 แถว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped: none of the book was moved (the team&apos;s roles, set up on the server first, stay).</source>
        <translation>หยุดแล้ว: ไม่มีส่วนใดของสมุดเคลมถูกย้าย (บทบาทของทีมที่ตั้งค่าไว้บนเซิร์ฟเวอร์ก่อนหน้ายังคงอยู่)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A team book is named by a postgresql:// address, such as postgresql://owner@server/claims.</source>
        <translation>สมุดเคลมของทีมระบุด้วยที่อยู่ postgresql:// เช่น postgresql://owner@server/claims</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Moving into %1...</source>
        <translation>กำลังย้ายไปยัง %1...</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was moved: %1</source>
        <translation>ไม่มีสิ่งใดถูกย้าย: %1</translation>
    </message>
    <message>
        <location filename="../ui/DesktopSession.cpp" line="-41"/>
        <location filename="../ui/MoveBookDialog.cpp" line="+10"/>
        <location filename="../ui/SettingsDialog.cpp" line="+159"/>
        <source>Password not kept</source>
        <translation>ไม่ได้เก็บรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../ui/MoveBookDialog.cpp" line="+1"/>
        <source>The password was not kept in the keychain: %1</source>
        <translation>ไม่ได้เก็บรหัสผ่านไว้ในที่เก็บรหัสผ่านของระบบ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moved %1 rows in %2 tables into %3, every table checked. People are added in Admin &gt; Users on the team book.</source>
        <translation>ย้าย %1 แถวใน %2 ตารางไปยัง %3 แล้ว ตรวจสอบครบทุกตาราง เพิ่มสมาชิกได้ที่ ผู้ดูแลระบบ &gt; ผู้ใช้ ในสมุดเคลมของทีม</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stopping; none of the book will be kept...</source>
        <translation>กำลังหยุด ไม่มีส่วนใดของสมุดเคลมจะถูกเก็บไว้...</translation>
    </message>
    <message>
        <location filename="../ui/PageView.cpp" line="+116"/>
        <source>Confidence %1%</source>
        <translation>ความมั่นใจ %1%</translation>
    </message>
    <message>
        <location filename="../ui/PolicyLibraryPage.cpp" line="-22"/>
        <source>The policy documents that billed items are checked against. Importing a changed document adds a version, and the checks use each document&apos;s latest version. Text files, PDFs and scans (PDF or page images, read by OCR) can be imported.</source>
        <translation>เอกสารกรมธรรม์ที่ใช้ตรวจรายการที่เรียกเก็บ การนำเข้าเอกสารที่แก้ไขจะเพิ่มเวอร์ชันใหม่ และการตรวจจะใช้เวอร์ชันล่าสุดของแต่ละเอกสาร นำเข้าได้ทั้งไฟล์ข้อความ PDF และภาพสแกน (PDF หรือภาพหน้าเอกสาร อ่านด้วย OCR)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>เวอร์ชัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>ข้อกำหนด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>นำเข้าเมื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In use</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import policy document...</source>
        <translation>นำเข้าเอกสารกรมธรรม์ (&amp;I)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a policy document (Ctrl+Shift+I)</source>
        <translation>นำเข้าเอกสารกรมธรรม์ (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading page %1 of %2 by OCR</source>
        <translation>กำลังอ่านหน้า %1 จาก %2 ด้วย OCR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is unchanged: version %2 stays in use.</source>
        <translation>%1 ไม่มีการเปลี่ยนแปลง: ยังใช้เวอร์ชัน %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 version %2 imported: %3 clauses indexed.</source>
        <translation>นำเข้า %1 เวอร์ชัน %2 แล้ว: ทำดัชนี %3 ข้อกำหนด</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Read by OCR from %n page(s), mean word confidence %1%; check the clauses against the paper.</source>
        <translation>
            <numerusform>อ่านด้วย OCR จาก %n หน้า ความเชื่อมั่นเฉลี่ยของคำ %1% โปรดตรวจข้อกำหนดเทียบกับต้นฉบับ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without embeddings: %1</source>
        <translation>ไม่มีเวกเตอร์ฝังความหมาย: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported: %1. The library is unchanged.</source>
        <translation>ไม่ได้นำเข้า: %1 คลังกรมธรรม์ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replaced</source>
        <translation>ถูกแทนที่</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import a policy document</source>
        <translation>นำเข้าเอกสารกรมธรรม์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy documents (*.txt *.md *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</source>
        <translation>เอกสารกรมธรรม์ (*.txt *.md *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1...</source>
        <translation>กำลังนำเข้า %1...</translation>
    </message>
    <message>
        <location filename="../ui/PolicyPanel.cpp" line="+44"/>
        <location line="+103"/>
        <source>&amp;Record these checks on the claim</source>
        <translation>&amp;บันทึกผลตรวจเหล่านี้ไว้ในเคลม</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Check clinical &amp;coherence</source>
        <translation>ตรวจความสอดคล้องทางคลินิก (&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the language model whether the items fit the diagnosis, and for alternatives to excluded items. Advice only: the decisions stay the policy&apos;s.</source>
        <translation>ถามโมเดลภาษาว่ารายการสอดคล้องกับการวินิจฉัยหรือไม่ และขอทางเลือกสำหรับรายการที่ไม่คุ้มครอง เป็นคำแนะนำเท่านั้น ผลตัดสินยังเป็นไปตามกรมธรรม์</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select a claim to see its policy.</source>
        <translation>เลือกเคลมเพื่อดูกรมธรรม์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the policy...</source>
        <translation>กำลังตรวจสอบกรมธรรม์...</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The checks on %1 were not recorded: %2</source>
        <translation>ไม่ได้บันทึกผลตรวจของ %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Clinical coherence check: asking the model...</source>
        <translation>การตรวจความสอดคล้องทางคลินิก: กำลังถามโมเดล...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clinical coherence check failed: %1. The policy checks above stand.</source>
        <translation>การตรวจความสอดคล้องทางคลินิกล้มเหลว: %1 ผลตรวจกรมธรรม์ด้านบนยังคงใช้ได้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinical coherence check: not asked yet. &quot;Check clinical coherence&quot; asks the model whether the items fit the diagnosis.</source>
        <translation>การตรวจความสอดคล้องทางคลินิก: ยังไม่ได้ถาม ปุ่ม &quot;ตรวจความสอดคล้องทางคลินิก&quot; จะถามโมเดลว่ารายการสอดคล้องกับการวินิจฉัยหรือไม่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinical coherence check: skipped (%1)</source>
        <translation>การตรวจความสอดคล้องทางคลินิก: ข้าม (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinical coherence check: skipped (it needs a language model; ClaimDesk is offline)</source>
        <translation>การตรวจความสอดคล้องทางคลินิก: ข้ามไป (ต้องใช้โมเดลภาษา ClaimDesk ทำงานออฟไลน์)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinical coherence</source>
        <translation>ความสอดคล้องทางคลินิก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked by %1 against the diagnosis &quot;%2&quot;. Advice for the adjuster: it does not change the decisions above.</source>
        <translation>ตรวจโดย %1 เทียบกับการวินิจฉัย &quot;%2&quot; เป็นคำแนะนำสำหรับผู้ประเมิน ไม่เปลี่ยนผลตัดสินด้านบน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept with the checks recorded on %1.</source>
        <translation>บันทึกไว้พร้อมผลการตรวจสอบเมื่อ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No clinical flags: every item fits the diagnosis.</source>
        <translation>ไม่มีข้อสังเกตทางคลินิก: ทุกรายการสอดคล้องกับการวินิจฉัย</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fits the diagnosis instead: %1</source>
        <translation>ที่สอดคล้องกับการวินิจฉัยแทน: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policy holder</source>
        <translation>ผู้ถือกรมธรรม์</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2</source>
        <translation>%1 ถึง %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: in-patient %2, out-patient %3, room %4 a night</source>
        <translation>%1: ผู้ป่วยใน %2 ผู้ป่วยนอก %3 ค่าห้อง %4 ต่อคืน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 (%3), %4: cover %5, deductible %6</source>
        <translation>%1 %2 (%3) %4: ทุนประกัน %5 ค่าเสียหายส่วนแรก %6</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plausibility</source>
        <translation>ความสมเหตุสมผล</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billed items</source>
        <translation>รายการที่เรียกเก็บ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The policy library is empty: import a policy document to check items.</source>
        <translation>คลังกรมธรรม์ว่าง โปรดนำเข้าเอกสารกรมธรรม์เพื่อตรวจรายการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No billed items on this claim yet.</source>
        <translation>เคลมนี้ยังไม่มีรายการที่เรียกเก็บ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>ผล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clause</source>
        <translation>ข้อกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives</source>
        <translation>ทางเลือก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To review</source>
        <translation>รอตรวจสอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed</source>
        <translation>อนุญาต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded</source>
        <translation>ไม่คุ้มครอง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggested by the model for the diagnosis: %1</source>
        <translation>โมเดลแนะนำตามการวินิจฉัย: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>20 points off for the clinical flag</source>
        <translation>หัก 20 คะแนนจากข้อสังเกตทางคลินิก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 points off for the plausibility findings</source>
        <translation>หัก %1 คะแนนจากข้อสังเกตด้านความสมเหตุสมผล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval probability: %1%</source>
        <translation>โอกาสอนุมัติ: %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval probability: %1% (%2)</source>
        <translation>โอกาสอนุมัติ: %1% (%2)</translation>
    </message>
    <message>
        <location filename="../ui/PortalArea.cpp" line="-95"/>
        <source>Filed</source>
        <translation>ยื่นแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already filed</source>
        <translation>ยื่นไว้แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention</source>
        <translation>ต้องดูแล</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: step %2 of %3, %4</source>
        <translation>%1: ขั้นที่ %2 จาก %3, %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Submit approved claims</source>
        <translation>ยื่&amp;นเคลมที่อนุมัติแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File every approved claim not yet filed on this portal</source>
        <translation>ยื่นทุกเคลมที่อนุมัติแล้วและยังไม่ได้ยื่นบนพอร์ทัลนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;status</source>
        <translation>ตรวจ&amp;สถานะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the status of every claim filed on this portal</source>
        <translation>อ่านสถานะของทุกเคลมที่ยื่นบนพอร์ทัลนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filed by &amp;hand...</source>
        <translation>ยื่นเอ&amp;ง...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the reference of a claim you finished filing in the page below</source>
        <translation>บันทึกเลขอ้างอิงของเคลมที่คุณยื่นต่อจนเสร็จในหน้าด้านล่าง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check statuses &amp;every hour</source>
        <translation>ตรวจสถานะทุก&amp;ชั่วโมง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>While the desk is open, read the status of the claims filed on the chosen portal once an hour</source>
        <translation>ขณะเปิดโปรแกรม อ่านสถานะของเคลมที่ยื่นบนพอร์ทัลที่เลือกทุกชั่วโมง</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a portal, then submit approved claims or pick one in Review</source>
        <translation>เลือกพอร์ทัล แล้วยื่นเคลมที่อนุมัติแล้ว หรือเลือกเคลมจากหน้าตรวจสอบ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome</source>
        <translation>ผล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference or reason</source>
        <translation>เลขอ้างอิงหรือเหตุผล</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The portal&apos;s page shows here while a claim is filed; you may finish a run that needs attention in it.</source>
        <translation>หน้าของพอร์ทัลจะแสดงที่นี่ระหว่างยื่นเคลม คุณทำต่อจนเสร็จได้เมื่อรอบใดต้องการการดูแล</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Portal:</source>
        <translation>พอร์ทัล:</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../ui/PortalsPage.cpp" line="+32"/>
        <source>The portals could not be read: %1</source>
        <translation>อ่านรายการพอร์ทัลไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+91"/>
        <source>No insurer portal yet: an administrator adds one in Admin &gt; Insurer portals</source>
        <translation>ยังไม่มีพอร์ทัลบริษัทประกัน: ผู้ดูแลระบบเพิ่มได้ที่ ผู้ดูแล &gt; พอร์ทัลบริษัทประกัน</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Choose a portal first</source>
        <translation>โปรดเลือกพอร์ทัลก่อน</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No password for %1 (%2): keep one in Admin &gt; Insurer portals</source>
        <translation>ไม่มีรหัสผ่านของ %1 (%2): เก็บไว้ที่ ผู้ดูแล &gt; พอร์ทัลบริษัทประกัน</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+7"/>
        <source>File on a portal</source>
        <translation>ยื่นบนพอร์ทัล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File %1 on:</source>
        <translation>ยื่น %1 บน:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The approved claims could not be read: %1</source>
        <translation>อ่านเคลมที่อนุมัติแล้วไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No approved claim waits to be filed on %1</source>
        <translation>ไม่มีเคลมที่อนุมัติแล้วรอยื่นบน %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit approved claims</source>
        <translation>ยื่นเคลมที่อนุมัติแล้ว</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>File %n approved claim(s) on %1?</source>
        <translation>
            <numerusform>ยื่นเคลมที่อนุมัติแล้ว %n รายการบน %1 หรือไม่?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <source>Filed by hand</source>
        <translation>ยื่นเอง</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The claim you filed in the page below:</source>
        <translation>เคลมที่คุณยื่นในหน้าด้านล่าง:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The portal&apos;s reference for %1:</source>
        <translation>เลขอ้างอิงของพอร์ทัลสำหรับ %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded: %1</source>
        <translation>ไม่ได้บันทึก: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not read</source>
        <translation>อ่านไม่ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on the portal</source>
        <translation>ไม่มีบนพอร์ทัล</translation>
    </message>
    <message>
        <location filename="../ui/PortalsPage.cpp" line="-46"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/TeamUsersPage.cpp" line="+33"/>
        <source>Login</source>
        <translation>ชื่อเข้าใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A filed claim becomes</source>
        <translation>เคลมที่ยื่นแล้วเปลี่ยนเป็น</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add...</source>
        <translation>เ&amp;พิ่ม...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;password...</source>
        <translation>ตั้ง&amp;รหัสผ่าน...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A portal is filled by its recipe, a JSON file of steps (see docs/portal-recipes.md). Passwords stay in the system keychain.</source>
        <translation>พอร์ทัลถูกกรอกตามสูตร ซึ่งเป็นไฟล์ JSON ของขั้นตอน (ดู docs/portal-recipes.md) รหัสผ่านเก็บอยู่ในพวงกุญแจของระบบ</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+146"/>
        <source>Add an insurer portal</source>
        <translation>เพิ่มพอร์ทัลบริษัทประกัน</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>The portal&apos;s recipe</source>
        <translation>สูตรการกรอกของพอร์ทัล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipes (*.json)</source>
        <translation>สูตรการกรอก (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;ชื่อ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>ที่&amp;อยู่:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recipe:</source>
        <translation>สู&amp;ตร:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A filed claim &amp;becomes:</source>
        <translation>เคลมที่ยื่นแล้ว&amp;เปลี่ยนเป็น:</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The portal was kept, its password not: %1</source>
        <translation>เก็บพอร์ทัลแล้ว แต่ไม่ได้เก็บรหัสผ่าน: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Portal password</source>
        <translation>รหัสผ่านพอร์ทัล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of %1 on %2:</source>
        <translation>รหัสผ่านของ %1 บน %2:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password is kept in the system keychain</source>
        <translation>เก็บรหัสผ่านไว้ในพวงกุญแจของระบบแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password was not kept: %1</source>
        <translation>ไม่ได้เก็บรหัสผ่าน: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove an insurer portal</source>
        <translation>ลบพอร์ทัลบริษัทประกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and its kept password? What was filed on it stays on the claims.</source>
        <translation>ลบ %1 และรหัสผ่านที่เก็บไว้หรือไม่? สิ่งที่ยื่นไปแล้วยังคงอยู่กับเคลม</translation>
    </message>
    <message>
        <location filename="../ui/QueueFilterBar.cpp" line="-83"/>
        <source>any</source>
        <translation>ไม่กำหนด</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (not yet decided)</source>
        <translation>เปิดอยู่ (ยังไม่ตัดสิน)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open: submitted, under review or pending</source>
        <translation>เปิดอยู่: ยื่นแล้ว กำลังพิจารณา หรือรอดำเนินการ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All risk levels</source>
        <translation>ทุกระดับความเสี่ยง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All decisions</source>
        <translation>ทุกผลการพิจารณา</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created on or after this day</source>
        <translation>สร้างตั้งแต่วันนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on or before this day</source>
        <translation>สร้างไม่เกินวันนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to &amp;me</source>
        <translation>มอบหมายให้ฉัน(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search claim ID, national ID or name (Ctrl+F)</source>
        <translation>ค้นหาเลขเคลม เลขประจำตัวประชาชน หรือชื่อ (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Views</source>
        <translation>มุมมอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved views: a filter and an order, under a name</source>
        <translation>มุมมองที่บันทึกไว้: ตัวกรองและลำดับ ภายใต้ชื่อ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Created</source>
        <translation>สร้าง</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln เคลม</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ReviewArea.cpp" line="-152"/>
        <source>The queue could not be read: %1</source>
        <translation>อ่านคิวงานไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>J/K: next and previous claim · 1–6: set the status (%1) · Ctrl+Z: undo · Ctrl+F: search</source>
        <translation>J/K: เคลมถัดไปและก่อนหน้า · 1–6: ตั้งสถานะ (%1) · Ctrl+Z: เลิกทำ · Ctrl+F: ค้นหา</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/ClaimSummaryBox.cpp" line="-68"/>
        <source>Su&amp;mmarize</source>
        <translation>สรุป(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A 3-4 sentence summary: from the language model when one is configured, else written from the claim and its decision (Ctrl+Shift+S)</source>
        <translation>สรุป 3-4 ประโยค: จากโมเดลภาษาเมื่อมีการตั้งค่า มิฉะนั้นเขียนจากข้อมูลเคลมและผลการพิจารณา (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../ui/ClaimHistoryTable.cpp" line="+15"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>ใคร</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>อะไร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>หลัง</translation>
    </message>
    <message>
        <location filename="../ui/ReviewArea.cpp" line="+35"/>
        <source>&amp;Save</source>
        <translation>&amp;บันทึก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dossier...</source>
        <translation>แฟ้มเคลม(&amp;D)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The claim as a report to print or save as PDF (Ctrl+P)</source>
        <translation>เคลมในรูปแบบรายงานสำหรับพิมพ์หรือบันทึกเป็น PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To &amp;portal</source>
        <translation>ยื่นบน&amp;พอร์ทัล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File this approved claim on an insurer&apos;s portal, in the Portal area (Ctrl+Shift+U)</source>
        <translation>ยื่นเคลมที่อนุมัติแล้วนี้บนพอร์ทัลบริษัทประกัน ในหน้าพอร์ทัล (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Take next</source>
        <translation>&amp;รับเคลมถัดไป</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take the first open claim in queue order that nobody holds, and show it (Ctrl+T). On a team book nobody else gets it.</source>
        <translation>รับเคลมที่เปิดอยู่รายการแรกตามลำดับคิวที่ยังไม่มีผู้ถือ แล้วแสดง (Ctrl+T) ในสมุดเคลมของทีมจะไม่มีผู้อื่นได้เคลมนี้ซ้ำ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Give back</source>
        <translation>&amp;คืนเข้าคิว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the claim on show back to the queue</source>
        <translation>คืนเคลมที่แสดงอยู่กลับเข้าคิว</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Refer to a manager</source>
        <translation>ส่งต่อให้ผู้จัดการ(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalate the claim, with the refusal as the reason, so that a manager decides it</source>
        <translation>ยกระดับเคลมโดยใช้เหตุผลที่ถูกปฏิเสธ เพื่อให้ผู้จัดการเป็นผู้พิจารณา</translation>
    </message>
    <message>
        <location filename="../ui/ClaimSummaryBox.cpp" line="-17"/>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <location filename="../ui/ReviewArea.cpp" line="+12"/>
        <source>Policy</source>
        <translation>กรมธรรม์</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model opinion</source>
        <translation>ความเห็นของโมเดล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 was just changed by %2; what you see is the claim as it is now.</source>
        <translation>%1 เพิ่งถูกเปลี่ยนโดย %2 ที่เห็นอยู่คือเคลมตามสภาพปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../ui/ClaimSummaryBox.cpp" line="+83"/>
        <source>Writing the factual summary...</source>
        <translation>กำลังเขียนสรุปตามข้อเท็จจริง...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From the language model (%1); %2 tokens in, %3 out. Check it against the claim.</source>
        <translation>จากโมเดลภาษา (%1) โทเค็นขาเข้า %2 ขาออก %3 โปรดตรวจสอบกับข้อมูลเคลม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Factual summary from the claim and its decision; the model&apos;s was not used: %1</source>
        <translation>สรุปตามข้อเท็จจริงจากข้อมูลเคลมและผลการพิจารณา ไม่ได้ใช้สรุปของโมเดล: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Factual summary from the claim and its decision.</source>
        <translation>สรุปตามข้อเท็จจริงจากข้อมูลเคลมและผลการพิจารณา</translation>
    </message>
    <message>
        <location filename="../ui/ReviewArea.cpp" line="+101"/>
        <source>Showing: %1.</source>
        <translation>กำลังแสดง: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No saved views yet</source>
        <translation>ยังไม่มีมุมมองที่บันทึกไว้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save current view...</source>
        <translation>บันทึกมุมมองปัจจุบัน...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save view</source>
        <translation>บันทึกมุมมอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for the current filters and order:</source>
        <translation>ชื่อสำหรับตัวกรองและลำดับปัจจุบัน:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete view</source>
        <translation>ลบมุมมอง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole queue</source>
        <translation>ทั้งคิว</translation>
    </message>
    <message>
        <location filename="../ui/ClaimDetailsView.cpp" line="+44"/>
        <source>Select a claim in the queue. %1 and %2 move down and up; %3 to %4 set its status.</source>
        <translation>เลือกเคลมในคิว %1 และ %2 เลื่อนลงและขึ้น %3 ถึง %4 ตั้งสถานะ</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>no amount yet</source>
        <translation>ยังไม่มีจำนวนเงิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claimant</source>
        <translation>ผู้เรียกร้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../ui/ReviewArea.cpp" line="+143"/>
        <source>%1 is referred to a manager (escalated).</source>
        <translation>ส่งต่อ %1 ให้ผู้จัดการแล้ว (ยกระดับ)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was changed on %1: another claim is on show now.</source>
        <translation>ไม่มีการเปลี่ยนแปลงใน %1 เพราะตอนนี้แสดงเคลมอื่นอยู่</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No open claim is free: every one is held by someone.</source>
        <translation>ไม่มีเคลมที่เปิดอยู่และว่าง: ทุกรายการมีผู้ถืออยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../ui/ReviewCommands.cpp" line="+36"/>
        <source>memo of %1</source>
        <translation>บันทึกช่วยจำของ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status of %1 to %2</source>
        <translation>สถานะของ %1 เป็น %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>correction of %1</source>
        <translation>การแก้ไข %1</translation>
    </message>
    <message>
        <location filename="../ui/RuleSetEditor.cpp" line="+28"/>
        <source>&amp;Load file...</source>
        <translation>&amp;โหลดแฟ้ม...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck</source>
        <translation>&amp;ตรวจสอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;defaults</source>
        <translation>คืนค่า&amp;เริ่มต้น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load a rules file</source>
        <translation>โหลดแฟ้มกฎ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules (*.json)</source>
        <translation>กฎ (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every threshold, weight and rate of the decision rules. Give the set a new version when you change it; each decision records the version it used. Open claims are re-scored when the rules change.</source>
        <translation>เกณฑ์ น้ำหนัก และอัตราทั้งหมดของกฎการพิจารณา เมื่อแก้ไขให้ตั้งรุ่นใหม่ ผลพิจารณาแต่ละครั้งจะบันทึกรุ่นที่ใช้ เคลมที่ค้างอยู่จะถูกประเมินใหม่เมื่อกฎเปลี่ยน</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rule set %1 is valid.</source>
        <translation>ชุดกฎ %1 ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="-234"/>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;ภาษา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language takes effect when ClaimDesk restarts.</source>
        <translation>ภาษาใหม่จะมีผลเมื่อเปิด ClaimDesk ใหม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default location</source>
        <translation>ตำแหน่งเริ่มต้น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file</source>
        <translation>แฟ้มฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Book</source>
        <translation>สมุดเคลม(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A desk&apos;s SQLite file, or a team book&apos;s address (postgresql://login@server/book). A new book is used from the next start; a password is kept in the system keychain, never in the settings.</source>
        <translation>แฟ้ม SQLite ของโต๊ะ หรือที่อยู่ของสมุดเคลมของทีม (postgresql://login@server/book) สมุดเคลมใหม่จะใช้ตั้งแต่การเปิดครั้งถัดไป รหัสผ่านเก็บไว้ในที่เก็บรหัสผ่านของระบบ ไม่เก็บในการตั้งค่า</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbox</source>
        <translation>กล่องรับ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folders where scanners and other systems drop claims&apos; documents. What settles in them is taken in: to the claim whose ID is in the file&apos;s name (or its subfolder&apos;s), the files of one subfolder as one new claim, anything else as a new claim of its own. Taken files move to processed/, failed ones to failed/ with the reason beside them; nothing is deleted.</source>
        <translation>โฟลเดอร์ที่เครื่องสแกนและระบบอื่นวางเอกสารของเคลมไว้ สิ่งที่นิ่งแล้วจะถูกรับเข้า: ไปยังเคลมที่มีเลขอยู่ในชื่อแฟ้ม (หรือชื่อโฟลเดอร์ย่อย) แฟ้มในโฟลเดอร์ย่อยเดียวกันเป็นเคลมใหม่หนึ่งเคลม อย่างอื่นเป็นเคลมใหม่ของตัวเอง แฟ้มที่รับแล้วย้ายไป processed/ แฟ้มที่ไม่สำเร็จย้ายไป failed/ พร้อมเหตุผล ไม่มีการลบสิ่งใด</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add folder...</source>
        <translation>&amp;เพิ่มโฟลเดอร์...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to watch</source>
        <translation>โฟลเดอร์ที่จะเฝ้าดู</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mailboxes (IMAP over TLS) that customers send their bills to, asked once a minute. Each new message&apos;s attachments and images go to the claim whose ID is in its subject, else to a new claim; its text is kept with the claim. Taken messages are marked on the server; nothing is deleted. Passwords stay in the system keychain.</source>
        <translation>กล่องจดหมาย (IMAP ผ่าน TLS) ที่ลูกค้าส่งใบเสร็จมา ตรวจทุกนาที ไฟล์แนบและรูปภาพของจดหมายใหม่แต่ละฉบับไปยังเคลมที่มีเลขอยู่ในหัวเรื่อง หรือเป็นเคลมใหม่ และเก็บข้อความไว้กับเคลม จดหมายที่รับแล้วจะถูกทำเครื่องหมายบนเซิร์ฟเวอร์ ไม่มีการลบสิ่งใด รหัสผ่านอยู่ในพวงกุญแจของระบบ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add &amp;mailbox...</source>
        <translation>เพิ่ม&amp;กล่องจดหมาย...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/TeamUsersPage.cpp" line="+13"/>
        <source>&amp;Change...</source>
        <translation>เปลี่ยน(&amp;C)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>นำ&amp;ออก</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+10"/>
        <source>Rule set not saved</source>
        <translation>ไม่ได้บันทึกชุดกฎ</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The rules have problems; the rule set in force is unchanged.

%1</source>
        <translation>กฎมีปัญหา ชุดกฎที่ใช้อยู่ไม่เปลี่ยนแปลง

%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving the decision rules…</source>
        <translation>กำลังบันทึกกฎการพิจารณา…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Model settings not saved</source>
        <translation>ไม่ได้บันทึกการตั้งค่าโมเดล</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The address holds a password, and the keychain could not keep it (%1). Remove the password from the address: ClaimDesk asks for it when the server does.</source>
        <translation>ที่อยู่มีรหัสผ่านอยู่ และที่เก็บรหัสผ่านของระบบเก็บไว้ไม่ได้ (%1) โปรดลบรหัสผ่านออกจากที่อยู่ ClaimDesk จะถามเมื่อเซิร์ฟเวอร์ต้องการ</translation>
    </message>
    <message>
        <location filename="../ui/TeamPasswordDialog.cpp" line="-17"/>
        <source>Sign in to the team book</source>
        <translation>เข้าระบบสมุดเคลมของทีม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 asks for the password of %2.</source>
        <translation>%1 ขอรหัสผ่านของ %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Remember it in the system keychain</source>
        <translation>จำไว้ในที่เก็บรหัสผ่านของระบบ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/TeamUserDialog.cpp" line="+19"/>
        <source>Add a person to the team</source>
        <translation>เพิ่มสมาชิกในทีม</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change %1</source>
        <translation>เปลี่ยนข้อมูล %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The largest claim this adjuster may approve; above it the claim goes to a manager.</source>
        <translation>ยอดเคลมสูงสุดที่ผู้ตรวจสอบเคลมคนนี้อนุมัติได้ เกินกว่านี้เคลมจะส่งไปยังผู้จัดการ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none: the server&apos;s other ways in</source>
        <translation>ไม่มี: ใช้วิธีเข้าระบบอื่นของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May sign in</source>
        <translation>เข้าระบบได้</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Login</source>
        <translation>ชื่อเข้าระบบ(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>บทบาท(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority li&amp;mit</source>
        <translation>วงเงินอำนาจอนุมัติ(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First &amp;password</source>
        <translation>รหัสผ่านเริ่มต้น(&amp;P)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&apos;%1&apos; is not an amount: write the limit as 5000.00</source>
        <translation>&apos;%1&apos; ไม่ใช่จำนวนเงิน: เขียนวงเงินเช่น 5000.00</translation>
    </message>
    <message>
        <location filename="../ui/TeamUsersPage.cpp" line="-26"/>
        <source>The people who work on this team book. The server enforces each role: adjusters work the claims they hold up to their authority limit, managers approve any amount and assign work, administrators manage people and decide nothing, auditors read everything and change nothing.</source>
        <translation>สมาชิกที่ทำงานกับสมุดเคลมของทีมนี้ เซิร์ฟเวอร์บังคับใช้แต่ละบทบาท: ผู้ตรวจสอบเคลมทำงานกับเคลมที่ตนถืออยู่ภายในวงเงินอำนาจอนุมัติ ผู้จัดการอนุมัติได้ทุกยอดและมอบหมายงาน ผู้ดูแลระบบจัดการสมาชิกและไม่พิจารณาเคลม ผู้ตรวจสอบบัญชีอ่านได้ทุกอย่างแต่เปลี่ยนแปลงไม่ได้</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authority limit</source>
        <translation>วงเงินอำนาจอนุมัติ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>การเข้าระบบ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add person...</source>
        <translation>เพิ่มสมาชิก(&amp;A)...</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+81"/>
        <source>&amp;Disable sign-in</source>
        <translation>ระงับการเข้าระบบ(&amp;D)</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Signed in as %1.</source>
        <translation>เข้าระบบในชื่อ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1: only a team administrator adds or changes people.</source>
        <translation>เข้าระบบในชื่อ %1: เฉพาะผู้ดูแลระบบของทีมเท่านั้นที่เพิ่มหรือเปลี่ยนข้อมูลสมาชิกได้</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not applicable</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed</source>
        <translation>อนุญาต</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>ระงับแล้ว</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Enable sign-in</source>
        <translation>เปิดให้เข้าระบบ(&amp;E)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Adding %1...</source>
        <translation>กำลังเพิ่ม %1...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was added.</source>
        <translation>เพิ่ม %1 แล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing %1...</source>
        <translation>กำลังเปลี่ยนข้อมูล %1...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed.</source>
        <translation>เปลี่ยนข้อมูล %1 แล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not done: %1</source>
        <translation>ไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>ClaimDesk::Util</name>
    <message>
        <location filename="../core/util/Text.cpp" line="+90"/>
        <source>line %1 is not UTF-8 text (save the file as UTF-8 and import it again)</source>
        <translation>บรรทัดที่ %1 ไม่ใช่ข้อความ UTF-8 (บันทึกแฟ้มเป็น UTF-8 แล้วนำเข้าใหม่)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>line %1: text after a closing quote</source>
        <translation>บรรทัด %1: มีข้อความหลังเครื่องหมายคำพูดปิด</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: a quoted field is never closed</source>
        <translation>บรรทัด %1: เครื่องหมายคำพูดไม่ได้ปิด</translation>
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
        <translation>%1 ไบต์</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>%1 cannot be read: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 is larger than the limit of %2</source>
        <translation>%1 ใหญ่เกินขีดจำกัด %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>standard input</source>
        <translation>อินพุตมาตรฐาน</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: line %2 is longer than the limit of %3</source>
        <translation>%1: บรรทัด %2 ยาวเกินขีดจำกัด %3</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/QtOwnTexts.cpp" line="+39"/>
        <source>Look in:</source>
        <translation>มองหาใน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>ชื่อแฟ้ม(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>ชนิดแฟ้ม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>เลือก(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์ระดับบน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>แถบข้าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>ตำแหน่งล่าสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>แสดงแฟ้มที่ซ่อน(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>โฟลเดอร์ใหม่(&amp;N)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-33"/>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>ไม่ใช่(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>ไม่ใช่ทั้งหมด(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+35"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
</TS>
