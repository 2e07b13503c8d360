<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="158"/>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="161"/>
        <source>The administrator adds the other users. Choose a long password: it protects the keys to the whole vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="178"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="179"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="180"/>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="181"/>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="187"/>
        <source>&amp;Create the vault</source>
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
        <location filename="../../desktop/scelle/gui/models.py" line="171"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="173"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="175"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="179"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="184"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="189"/>
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
        <location filename="../../desktop/scelle/gui/models.py" line="257"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="262"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="267"/>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="271"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="275"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="278"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="282"/>
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="339"/>
        <source>Scellé — first start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="56"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="57"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="58"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="65"/>
        <source>physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="66"/>
        <source>digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="73"/>
        <source>in custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="74"/>
        <source>checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="75"/>
        <source>transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="76"/>
        <location filename="../../desktop/scelle/gui/fmt.py" line="108"/>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="77"/>
        <location filename="../../desktop/scelle/gui/fmt.py" line="109"/>
        <source>destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="81"/>
        <location filename="../../desktop/scelle/gui/fmt.py" line="140"/>
        <source>HASH MISMATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="83"/>
        <source>disposition awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="90"/>
        <source>Seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="91"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="92"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="93"/>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="94"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="95"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="96"/>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="97"/>
        <source>Reseal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="98"/>
        <source>Hash verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="99"/>
        <source>Disposition requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="100"/>
        <source>Disposition approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="107"/>
        <source>returned to owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="110"/>
        <source>transferred to another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="120"/>
        <source>{0} (countersigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="126"/>
        <source>countersigned by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="138"/>
        <source>hashes match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="142"/>
        <source>first hashes recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="145"/>
        <source>seal {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="151"/>
        <source>{0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="156"/>
        <source>at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="160"/>
        <source>due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="176"/>
        <source>[struck through: {0}] {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="216"/>
        <source>investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="217"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="218"/>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="219"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="204"/>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="208"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="210"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="214"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="218"/>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="221"/>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="225"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="229"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="233"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="53"/>
        <source>Journal verified to #{0} — intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="58"/>
        <source>JOURNAL TAMPERED: verification failed at entry #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="61"/>
        <source>JOURNAL TAMPERED: verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="75"/>
        <source>Scellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="88"/>
        <source>Filter cases, or scan an exhibit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="101"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="121"/>
        <source>Choose a case on the left, or press Ctrl+N to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="138"/>
        <source>Scellé is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="141"/>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="197"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="198"/>
        <source>New &amp;item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="199"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="201"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="203"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="204"/>
        <source>&amp;Transfer custody…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="205"/>
        <source>Check &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="206"/>
        <source>Check &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="207"/>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="208"/>
        <source>&amp;Seal / reseal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="209"/>
        <source>&amp;Verify hashes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="211"/>
        <source>Request &amp;disposition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="215"/>
        <source>&amp;Approve disposition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="220"/>
        <source>O&amp;pen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="223"/>
        <source>&amp;Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="226"/>
        <source>&amp;Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="229"/>
        <source>&amp;Strike note through…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="231"/>
        <source>&amp;Find or scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="232"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="233"/>
        <source>&amp;Back to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="234"/>
        <source>&amp;About Scellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="237"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="244"/>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="248"/>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="262"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="265"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="268"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="271"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="350"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="351"/>
        <source>Scellé — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="374"/>
        <source>The journal failed verification at entry #{0}: {1}

Scellé records and shows nothing more from this vault. Do not use it; ask an auditor to examine it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="379"/>
        <source>The journal failed verification: {0}

Scellé records and shows nothing more from this vault. Do not use it; ask an auditor to examine it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="397"/>
        <source>Scellé — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="644"/>
        <source>Added {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="697"/>
        <source>#{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="741"/>
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
        <location filename="../../desktop/scelle/gui/models.py" line="302"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="307"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="312"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="316"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="320"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="325"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="96"/>
        <source>Case and exhibit numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="97"/>
        <source>Choose how your office writes them. You can keep the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="109"/>
        <source>In the case format, YYYY is the year and each N a digit. In the exhibit style, {case} is the case reference and {n} the exhibit&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="116"/>
        <source>Case &amp;reference format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="117"/>
        <source>&amp;Exhibit style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="118"/>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="142"/>
        <source>Case {0}, third exhibit: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="185"/>
        <source>Seized under warrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="186"/>
        <source>Handed over by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="187"/>
        <source>Received from another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="188"/>
        <source>For analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="189"/>
        <source>For storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="190"/>
        <source>For court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="191"/>
        <source>Handover between investigators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="192"/>
        <source>Forensic analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="193"/>
        <source>Examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="194"/>
        <source>Court appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="195"/>
        <source>Photography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="196"/>
        <source>Storage reorganisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="197"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="198"/>
        <source>Returned to storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="199"/>
        <source>Initial sealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="200"/>
        <source>Opened for examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="201"/>
        <source>Seal damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="202"/>
        <source>Court order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="203"/>
        <source>Case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="204"/>
        <source>Retention period ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="257"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="260"/>
        <source>If every administrator forgets their password, this code alone opens the vault. It is shown only now: write it down or print it, and lock it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="273"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="275"/>
        <source>I have &amp;written it down or printed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="306"/>
        <source>Scellé — vault recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="307"/>
        <source>Office: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="308"/>
        <source>Vault: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="310"/>
        <source>Keep this sheet locked away. Anyone holding it can open the vault.</source>
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
    <name>RevisionModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="347"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="352"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="357"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="361"/>
        <source>Journal #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="366"/>
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
        <location filename="../../desktop/scelle/gui/unlock.py" line="52"/>
        <source>Unlock — Scellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="52"/>
        <source>Locked — Scellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="57"/>
        <source>Scellé is locked. Type your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="59"/>
        <source>Open an evidence vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="72"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="87"/>
        <source>Checking the password and verifying the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="92"/>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="93"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="94"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="96"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="102"/>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="120"/>
        <source>Choose the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="136"/>
        <source>Choose a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="139"/>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="171"/>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="44"/>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="47"/>
        <source>A vault is a folder holding the encrypted database and the users&apos; key slots. Put it where it is backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="52"/>
        <source>e.g. Brigade de Lyon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="54"/>
        <source>e.g. /home/you/Brigade-Lyon.scelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="55"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="61"/>
        <source>&amp;Office name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="62"/>
        <source>Vault &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="70"/>
        <source>Where should the vault go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="79"/>
        <source>That folder is not empty; choose a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="81"/>
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
    <name>Widgets</name>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="185"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="186"/>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="193"/>
        <source>&amp;Stop hashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="225"/>
        <source>Choose the file to hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="284"/>
        <source>{0:.0f} MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="334"/>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="336"/>
        <source>very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="337"/>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="338"/>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="339"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="340"/>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
