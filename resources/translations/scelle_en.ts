<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="157"/>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="160"/>
        <source>The administrator adds the other users. Choose a long password: it protects the keys to the whole vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="173"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="174"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="175"/>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="176"/>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="182"/>
        <source>&amp;Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnomalyModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="385"/>
        <source>Anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="389"/>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="393"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="398"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApproveDispositionDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="467"/>
        <source>Approve disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="467"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="469"/>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="470"/>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="172"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="174"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="176"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="180"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="185"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="190"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="97"/>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="98"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="99"/>
        <source>Custody &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="121"/>
        <source>Status: {0} · opened {1} by {2} · assigned: {3} · items: {4}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="301"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="301"/>
        <source>Check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="305"/>
        <source>Back to &amp;location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="306"/>
        <source>&amp;Remark:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="278"/>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="278"/>
        <source>Check &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="280"/>
        <source>&amp;Due back on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="286"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="258"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="263"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="268"/>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="272"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="276"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="279"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="283"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/scelle/gui/dialogs.py" line="167"/>
        <source>Scellé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispositionRequestDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="431"/>
        <source>Request disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="431"/>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="436"/>
        <source>e.g. order of the court of Lyon, 2026-03-02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="442"/>
        <source>A supervisor must approve it before it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="444"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="445"/>
        <source>&amp;Authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="446"/>
        <source>&amp;Witness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="447"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="369"/>
        <source>Choose an entry to see its proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="379"/>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="383"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="425"/>
        <source>Entry #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="427"/>
        <source>{0} (UTC {1})
by {2} · {3}
{4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="434"/>
        <source>Entry hash: recomputed from the entry, it matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="436"/>
        <source>Entry hash: the entry was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="441"/>
        <source>Chain: linked to entry #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="443"/>
        <source>Chain: not linked to the entry before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="448"/>
        <source>Signature: made with {0}&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="450"/>
        <source>Signature: does not verify with {0}&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="453"/>
        <source>Payload: not shown to your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="456"/>
        <source>Payload: redacted under a retention rule; the redaction is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="458"/>
        <source>Payload: matches its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="461"/>
        <source>Payload: does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="468"/>
        <source>Countersigned by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="478"/>
        <source>Entry hash (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="479"/>
        <source>Previous entry&apos;s hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="480"/>
        <source>Payload hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="481"/>
        <source>Signature (Ed25519):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="488"/>
        <source>(not shown to your role)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="26"/>
        <source>Scellé could not do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="29"/>
        <source>The vault failed an integrity check; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="32"/>
        <source>The vault&apos;s files are damaged; restore it from a backup and ask an auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="35"/>
        <source>The journal failed verification; Scellé records nothing more in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="38"/>
        <source>That cannot be done this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="41"/>
        <source>Please correct what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="44"/>
        <source>This folder is not a Scellé vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="47"/>
        <source>Something is already in that place; choose an empty or new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="50"/>
        <source>It does not exist, or no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="53"/>
        <source>This vault needs a newer version of Scellé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="56"/>
        <source>Cancelled; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="59"/>
        <source>Another Scellé window is writing to this vault; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="62"/>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="65"/>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="68"/>
        <source>The vault is locked; unlock it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="71"/>
        <source>The file could not be read to the end; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="74"/>
        <source>The manifest file cannot be read; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="99"/>
        <source>Something unexpected went wrong; details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCaseDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="151"/>
        <source>Export case {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="151"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="154"/>
        <source>JSON — the case with its proof, verifiable offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="155"/>
        <source>CSV — a spreadsheet of the items and their events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="156"/>
        <source>CASE/UCO JSON-LD — for other forensic tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="157"/>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="172"/>
        <source>JSON export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="173"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="174"/>
        <source>CASE/UCO JSON-LD (*.jsonld *.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="68"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="78"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="106"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="216"/>
        <source>{0}: {1} × {2} labels of {3:g} × {4:g} mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="334"/>
        <source>Scellé — first start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="70"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="71"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="72"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="79"/>
        <source>physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="80"/>
        <source>digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="87"/>
        <source>in custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="88"/>
        <source>checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="89"/>
        <source>transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="90"/>
        <location filename="../../desktop/scelle/gui/fmt.py" line="122"/>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="91"/>
        <location filename="../../desktop/scelle/gui/fmt.py" line="123"/>
        <source>destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="95"/>
        <location filename="../../desktop/scelle/gui/fmt.py" line="154"/>
        <source>HASH MISMATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="97"/>
        <source>disposition awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="104"/>
        <source>Seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="105"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="106"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="107"/>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="108"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="109"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="110"/>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="111"/>
        <source>Reseal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="112"/>
        <source>Hash verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="113"/>
        <source>Disposition requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="114"/>
        <source>Disposition approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="121"/>
        <source>returned to owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="124"/>
        <source>transferred to another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="134"/>
        <source>{0} (countersigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="140"/>
        <source>countersigned by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="152"/>
        <source>hashes match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="156"/>
        <source>first hashes recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="159"/>
        <source>seal {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="165"/>
        <source>{0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="170"/>
        <source>at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="174"/>
        <source>due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="190"/>
        <source>[struck through: {0}] {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="230"/>
        <source>investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="231"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="232"/>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="233"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="240"/>
        <source>Journal verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="241"/>
        <source>Hash mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="242"/>
        <source>Transfer not countersigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="243"/>
        <source>Custody gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="244"/>
        <source>Overdue check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="245"/>
        <source>Disposition awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="248"/>
        <source>Clock went backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="249"/>
        <source>Read by someone not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="250"/>
        <source>Access refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="251"/>
        <source>Failed unlock attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="260"/>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="201"/>
        <source>Inventory of a storage location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="208"/>
        <source>Scan or type an exhibit id, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="214"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="217"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="217"/>
        <source>Where the journal has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="225"/>
        <source>Record &amp;inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="226"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="237"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="238"/>
        <source>&amp;Scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="270"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="270"/>
        <source>{0} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="272"/>
        <source>{0} — {1} ({2}, {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="280"/>
        <source>No storage location is defined yet: add one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="299"/>
        <source>{0} was already scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="315"/>
        <source>{0} items scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="315"/>
        <source>1 item scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="330"/>
        <source>Choose the location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="356"/>
        <source>Missing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="361"/>
        <source>Recorded elsewhere: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="366"/>
        <source>Unknown or no longer held: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="371"/>
        <source>Found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="393"/>
        <source>Everything expected in {0} was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="395"/>
        <source>{0} item(s) need attention in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="398"/>
        <source>Recorded as journal entry #{0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="205"/>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="209"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="211"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="215"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="219"/>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="222"/>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="226"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="230"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="234"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="167"/>
        <source>Back to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="177"/>
        <source>Exhibit label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="178"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="179"/>
        <source>Seal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="180"/>
        <source>Custodian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="181"/>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="182"/>
        <source>Seized:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="183"/>
        <source>Checked out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="203"/>
        <source>Custody &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="204"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="210"/>
        <source>Hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="234"/>
        <source>by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="235"/>
        <source>from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="242"/>
        <source>, due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="258"/>
        <source>{0}, computed {1} by {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="264"/>
        <source>No hashes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="266"/>
        <source>Physical item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalBrowser</name>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="501"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="513"/>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="519"/>
        <source>any, or a family: custody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="522"/>
        <source>e.g. 2026-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="524"/>
        <source>e.g. 2026-0042/3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="526"/>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="528"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="530"/>
        <source>A date, or a date and time, in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="533"/>
        <source>words in payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="537"/>
        <source>payloads are not shown to your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="538"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="544"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="545"/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="546"/>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="547"/>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="548"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="549"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="550"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="606"/>
        <source>Stop &amp;indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="679"/>
        <source>Reading the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="706"/>
        <source>No entry matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="710"/>
        <source>The newest {0} matching entries are shown; narrow the filters (the dates, say) to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="716"/>
        <source>1 matching entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="718"/>
        <source>{0} matching entries, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="722"/>
        <source>{0} entries shown, newest first; more are read as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="734"/>
        <source>Indexing stopped; searching again resumes it where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="750"/>
        <source>Indexing payloads for searching (once): {0} of {1} entries…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="159"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="160"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="161"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="162"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="163"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="164"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="282"/>
        <source>Evidence labels of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="283"/>
        <source>&amp;Write the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="298"/>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="299"/>
        <source>&amp;Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="306"/>
        <source>{0}-labels.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="309"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="322"/>
        <source>Tick the items to label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationLabelsDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="104"/>
        <source>Storage location labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="104"/>
        <source>&amp;Write the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="112"/>
        <source>location-labels.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="113"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="117"/>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="118"/>
        <source>&amp;Locations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="119"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="157"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="169"/>
        <source>Tick the locations to label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="171"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="58"/>
        <source>Journal verified to #{0} — intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="63"/>
        <source>JOURNAL TAMPERED: verification failed at entry #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="66"/>
        <source>JOURNAL TAMPERED: verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="80"/>
        <source>Scellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="95"/>
        <source>Filter cases, or scan an exhibit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="108"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="128"/>
        <source>Choose a case on the left, or press Ctrl+N to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="145"/>
        <source>Scellé is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="148"/>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="207"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="208"/>
        <source>New &amp;item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="209"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="211"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="213"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="214"/>
        <source>&amp;Transfer custody…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="215"/>
        <source>Check &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="216"/>
        <source>Check &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="217"/>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="218"/>
        <source>&amp;Seal / reseal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="219"/>
        <source>&amp;Verify hashes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="221"/>
        <source>Request &amp;disposition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="225"/>
        <source>&amp;Approve disposition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="230"/>
        <source>O&amp;pen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="233"/>
        <source>&amp;Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="236"/>
        <source>&amp;Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="239"/>
        <source>&amp;Strike note through…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="241"/>
        <source>&amp;Find or scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="242"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="243"/>
        <source>&amp;Back to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="244"/>
        <source>&amp;About Scellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="245"/>
        <source>&amp;Review and sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="247"/>
        <source>&amp;Export case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="250"/>
        <source>Chain-of-&amp;custody report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="253"/>
        <source>Print &amp;labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="256"/>
        <source>Verify an e&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="259"/>
        <source>&amp;Browse the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="263"/>
        <source>&amp;Verify the whole journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="269"/>
        <source>&amp;New storage location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="272"/>
        <source>&amp;Inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="276"/>
        <source>Print location &amp;labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="283"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="292"/>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="301"/>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="315"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="318"/>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="321"/>
        <source>&amp;Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="324"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="327"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="330"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="421"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="422"/>
        <source>Scellé — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="445"/>
        <source>The journal failed verification at entry #{0}: {1}

Scellé records and shows nothing more from this vault. Do not use it; ask an auditor to examine it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="450"/>
        <source>The journal failed verification: {0}

Scellé records and shows nothing more from this vault. Do not use it; ask an auditor to examine it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="468"/>
        <source>Scellé — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="715"/>
        <source>Added {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="768"/>
        <source>#{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="820"/>
        <source>Wrote {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="837"/>
        <source>Case {0} signed off up to entry #{1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="923"/>
        <source>Choose the case export to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="927"/>
        <source>Verifying {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="938"/>
        <source>The export of case {0} is intact: {1} entries up to #{2}; every hash, link, signature and payload verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="949"/>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="952"/>
        <source>The export of case {0} is NOT intact: {1} problem(s) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="977"/>
        <source>Storage location {0} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="1004"/>
        <source>Scellé {0} — evidence custody with a signed, verifiable journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="318"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="318"/>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="321"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="322"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="323"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="73"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="73"/>
        <source>&amp;Open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="77"/>
        <source>Format {0}, e.g. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="80"/>
        <source>optional, e.g. 10 years after closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="90"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="91"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="92"/>
        <source>R&amp;etention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="93"/>
        <source>Also &amp;assign:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="117"/>
        <source>New item in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="117"/>
        <source>&amp;Add the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="128"/>
        <source>Seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="129"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="133"/>
        <source>e.g. Evidence room, shelf B4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="142"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="143"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="144"/>
        <source>How it &amp;came:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="145"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="146"/>
        <source>&amp;Seal number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="147"/>
        <source>Storage &amp;location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="148"/>
        <source>Seized &amp;at (place):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="149"/>
        <source>Seized &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="150"/>
        <source>File to hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="170"/>
        <source>Hashing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="176"/>
        <source>Size: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="181"/>
        <source>Hashing was cancelled; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="189"/>
        <source>Wait until the file is hashed, or stop hashing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewLocationDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="64"/>
        <source>New storage location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="64"/>
        <source>&amp;Add the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="67"/>
        <source>e.g. B4 or ROOM-2/SHELF-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="69"/>
        <source>e.g. Evidence room B, shelf 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="73"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="74"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="75"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="78"/>
        <source>An item is in this location when its recorded storage location is this code or this name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="494"/>
        <source>Note {0} — new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="496"/>
        <source>New note on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="498"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="503"/>
        <source>What you saw, did or decided, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="526"/>
        <source>Earlier revisions (they stay in the record):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="303"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="308"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="313"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="317"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="321"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="326"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="95"/>
        <source>Case and exhibit numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="96"/>
        <source>Choose how your office writes them. You can keep the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="108"/>
        <source>In the case format, YYYY is the year and each N a digit. In the exhibit style, {case} is the case reference and {n} the exhibit&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="115"/>
        <source>Case &amp;reference format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="116"/>
        <source>&amp;Exhibit style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="117"/>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="141"/>
        <source>Case {0}, third exhibit: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="199"/>
        <source>Seized under warrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="200"/>
        <source>Handed over by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="201"/>
        <source>Received from another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="202"/>
        <source>For analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="203"/>
        <source>For storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="204"/>
        <source>For court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="205"/>
        <source>Handover between investigators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="206"/>
        <source>Forensic analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="207"/>
        <source>Examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="208"/>
        <source>Court appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="209"/>
        <source>Photography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="210"/>
        <source>Storage reorganisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="211"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="212"/>
        <source>Returned to storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="213"/>
        <source>Initial sealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="214"/>
        <source>Opened for examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="215"/>
        <source>Seal damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="216"/>
        <source>Court order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="217"/>
        <source>Case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="218"/>
        <source>Retention period ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="252"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="255"/>
        <source>If every administrator forgets their password, this code alone opens the vault. It is shown only now: write it down or print it, and lock it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="268"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="270"/>
        <source>I have &amp;written it down or printed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="301"/>
        <source>Scellé — vault recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="302"/>
        <source>Office: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="303"/>
        <source>Vault: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="305"/>
        <source>Keep this sheet locked away. Anyone holding it can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="239"/>
        <source>Chain-of-custody report of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="240"/>
        <source>&amp;Write the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="243"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="244"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="246"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="251"/>
        <source>{0}-chain-of-custody.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="254"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResealDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="335"/>
        <source>Seal or reseal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="335"/>
        <source>&amp;Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="338"/>
        <source>Current seal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="338"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="339"/>
        <source>&amp;New seal number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="340"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewLogModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="422"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="427"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="432"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="436"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="440"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="61"/>
        <location filename="../../desktop/scelle/gui/review.py" line="66"/>
        <source>Review of case {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="87"/>
        <source>Earlier sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="105"/>
        <source>What you checked, and what you asked to be done about each anomaly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="107"/>
        <source>&amp;Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="116"/>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="124"/>
        <location filename="../../desktop/scelle/gui/review.py" line="220"/>
        <source>Only a supervisor signs a review off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="174"/>
        <source>last signed off up to #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="176"/>
        <source>never signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="179"/>
        <source>Journal head #{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="184"/>
        <source>{0} anomalies — look at these first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="186"/>
        <source>1 anomaly — look at it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="190"/>
        <source>No anomaly since the last sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="193"/>
        <source>The log since the last sign-off: {0} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="215"/>
        <source>Signing off records, signed with your key, that you reviewed this case&apos;s log up to entry #{0} and saw the {1} anomalies above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="243"/>
        <source>Signed off up to entry #{0}; the sign-off is entry #{1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="348"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="353"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="358"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="362"/>
        <source>Journal #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="367"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="575"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="577"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="584"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="587"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="588"/>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="455"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="460"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="464"/>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="469"/>
        <source>Anomalies seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="474"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="52"/>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="53"/>
        <source>shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="54"/>
        <source>locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="55"/>
        <source>safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="56"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrikeNoteDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="552"/>
        <source>Strike note {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="552"/>
        <source>&amp;Strike through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="559"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="560"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="234"/>
        <source>Transfer custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="234"/>
        <source>&amp;Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="241"/>
        <source>optional: where the item goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="246"/>
        <source>From {0}. The receiver types their own password: both of you sign the transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="251"/>
        <source>&amp;Receiver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="252"/>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="253"/>
        <source>New &amp;location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="255"/>
        <source>Receiver&apos;s &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="260"/>
        <source>Choose who receives the item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="51"/>
        <source>Unlock — Scellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="51"/>
        <source>Locked — Scellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="56"/>
        <source>Scellé is locked. Type your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="58"/>
        <source>Open an evidence vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="71"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="82"/>
        <source>Checking the password and verifying the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="87"/>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="88"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="89"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="91"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="97"/>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="115"/>
        <source>Choose the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="131"/>
        <source>Choose a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="134"/>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="166"/>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="43"/>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="46"/>
        <source>A vault is a folder holding the encrypted database and the users&apos; key slots. Put it where it is backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="51"/>
        <source>e.g. Brigade de Lyon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="53"/>
        <source>e.g. /home/you/Brigade-Lyon.scelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="54"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="60"/>
        <source>&amp;Office name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="61"/>
        <source>Vault &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="69"/>
        <source>Where should the vault go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="78"/>
        <source>That folder is not empty; choose a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="80"/>
        <source>The folder that should contain the vault does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyHashDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="352"/>
        <source>Verify hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="352"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="355"/>
        <source>No hashes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="363"/>
        <source>Recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="364"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="369"/>
        <source>Stopped; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="372"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="377"/>
        <source>Choose the file to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="396"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="401"/>
        <source>HASH MISMATCH: this file is not the one recorded for {0}. The mismatch was recorded in the journal; tell your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="407"/>
        <source>The hashes match the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="411"/>
        <source>No hashes were recorded before; these are now the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyJournalDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="76"/>
        <source>Verify the whole journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="80"/>
        <source>Every entry is checked from the first: its hash, its link to the one before, its signature by the key its author held then, and a replay of the records. Unlocking checks only what was added since your last session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="95"/>
        <source>&amp;Verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="97"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="98"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="135"/>
        <source>Reading the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="159"/>
        <source>{0} of {1} entries · {2:.0f} entries/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="177"/>
        <source>{0} entries in {1:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="181"/>
        <source>The whole journal verifies: {0} entries up to #{1} — intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="185"/>
        <source>{0} warning(s): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="193"/>
        <source>at entry #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="199"/>
        <source>NOT INTACT: the journal fails verification {0}: {1}
{2} problem(s) in all. Scellé records nothing more in this vault; ask an auditor to examine it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="212"/>
        <source>Stopped; the journal was not verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="205"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="206"/>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="213"/>
        <source>&amp;Stop hashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="245"/>
        <source>Choose the file to hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="304"/>
        <source>{0:.0f} MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="354"/>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="356"/>
        <source>very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="357"/>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="358"/>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="359"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="360"/>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
