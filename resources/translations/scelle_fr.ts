<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="157"/>
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="160"/>
        <source>The administrator adds the other users. Choose a long password: it protects the keys to the whole vault.</source>
        <translation>L’administrateur ajoute les autres utilisateurs. Choisissez un mot de passe long : il protège les clés de tout le coffre.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="173"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="174"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="175"/>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="176"/>
        <source>Password &amp;again:</source>
        <translation>Mot de passe (&amp;confirmation) :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="182"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
</context>
<context>
    <name>AnomalyModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="385"/>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="389"/>
        <source>Exhibit</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="393"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="398"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>ApproveDispositionDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="467"/>
        <source>Approve disposition</source>
        <translation>Approuver la destination finale</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="467"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="469"/>
        <source>Request:</source>
        <translation>Demande :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="470"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="172"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="174"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="176"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="180"/>
        <source>Items</source>
        <translation>Scellés</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="185"/>
        <source>Opened</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="190"/>
        <source>Assigned</source>
        <translation>Affectés</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="97"/>
        <source>&amp;Items</source>
        <translation>&amp;Scellés</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="98"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="99"/>
        <source>Custody &amp;timeline</source>
        <translation>&amp;Chronologie de la garde</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="121"/>
        <source>Status: {0} · opened {1} by {2} · assigned: {3} · items: {4}</source>
        <translation>État : {0} · ouverte le {1} par {2} · affectés : {3} · scellés : {4}</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="301"/>
        <source>Check in</source>
        <translation>Réintégration</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="301"/>
        <source>Check &amp;in</source>
        <translation>&amp;Réintégrer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="305"/>
        <source>Back to &amp;location:</source>
        <translation>&amp;Rangé à :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="306"/>
        <source>&amp;Remark:</source>
        <translation>&amp;Remarque :</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="278"/>
        <source>Check out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="278"/>
        <source>Check &amp;out</source>
        <translation>&amp;Sortir</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="280"/>
        <source>&amp;Due back on:</source>
        <translation>&amp;Retour prévu le :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="286"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Motif :</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="258"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="263"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="268"/>
        <source>Exhibit</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="272"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="276"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="279"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="283"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/scelle/gui/dialogs.py" line="167"/>
        <source>Scellé</source>
        <translation>Scellé</translation>
    </message>
</context>
<context>
    <name>DispositionRequestDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="431"/>
        <source>Request disposition</source>
        <translation>Demander la destination finale</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="431"/>
        <source>&amp;Request</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="436"/>
        <source>e.g. order of the court of Lyon, 2026-03-02</source>
        <translation>p. ex. ordonnance du tribunal de Lyon, 2026-03-02</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="442"/>
        <source>A supervisor must approve it before it takes effect.</source>
        <translation>Un superviseur doit l’approuver avant qu’elle prenne effet.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="444"/>
        <source>&amp;Method:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="445"/>
        <source>&amp;Authority:</source>
        <translation>&amp;Autorité :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="446"/>
        <source>&amp;Witness:</source>
        <translation>&amp;Témoin :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="447"/>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="369"/>
        <source>Choose an entry to see its proof.</source>
        <translation>Choisissez une entrée pour voir sa preuve.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="379"/>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="383"/>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="425"/>
        <source>Entry #{0}</source>
        <translation>Entrée n° {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="427"/>
        <source>{0} (UTC {1})
by {2} · {3}
{4}</source>
        <translation>{0} (UTC {1})
par {2} · {3}
{4}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="434"/>
        <source>Entry hash: recomputed from the entry, it matches</source>
        <translation>Empreinte de l’entrée : recalculée, elle correspond</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="436"/>
        <source>Entry hash: the entry was changed after it was written</source>
        <translation>Empreinte de l’entrée : l’entrée a été modifiée après son écriture</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="441"/>
        <source>Chain: linked to entry #{0}</source>
        <translation>Chaîne : liée à l’entrée n° {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="443"/>
        <source>Chain: not linked to the entry before</source>
        <translation>Chaîne : non liée à l’entrée précédente</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="448"/>
        <source>Signature: made with {0}&apos;s key</source>
        <translation>Signature : faite avec la clé de {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="450"/>
        <source>Signature: does not verify with {0}&apos;s key</source>
        <translation>Signature : ne se vérifie pas avec la clé de {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="453"/>
        <source>Payload: not shown to your role</source>
        <translation>Contenu : non montré à votre rôle</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="456"/>
        <source>Payload: redacted under a retention rule; the redaction is recorded</source>
        <translation>Contenu : expurgé selon une règle de conservation ; l’expurgation est enregistrée</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="458"/>
        <source>Payload: matches its hash</source>
        <translation>Contenu : conforme à son empreinte</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="461"/>
        <source>Payload: does not match its hash</source>
        <translation>Contenu : ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="468"/>
        <source>Countersigned by {0}</source>
        <translation>Contresignée par {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="478"/>
        <source>Entry hash (SHA-256):</source>
        <translation>Empreinte de l’entrée (SHA-256) :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="479"/>
        <source>Previous entry&apos;s hash:</source>
        <translation>Empreinte de l’entrée précédente :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="480"/>
        <source>Payload hash:</source>
        <translation>Empreinte du contenu :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="481"/>
        <source>Signature (Ed25519):</source>
        <translation>Signature (Ed25519) :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="488"/>
        <source>(not shown to your role)</source>
        <translation>(non montré à votre rôle)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="26"/>
        <source>Scellé could not do that.</source>
        <translation>Scellé n’a pas pu faire cela.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="29"/>
        <source>The vault failed an integrity check; nothing was changed.</source>
        <translation>Le coffre a échoué à un contrôle d’intégrité ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="32"/>
        <source>The vault&apos;s files are damaged; restore it from a backup and ask an auditor.</source>
        <translation>Les fichiers du coffre sont endommagés ; restaurez-le depuis une sauvegarde et prévenez un auditeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="35"/>
        <source>The journal failed verification; Scellé records nothing more in this vault.</source>
        <translation>La vérification du journal a échoué ; Scellé n’enregistre plus rien dans ce coffre.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="38"/>
        <source>That cannot be done this way.</source>
        <translation>Cela ne peut pas se faire ainsi.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="41"/>
        <source>Please correct what you typed.</source>
        <translation>Veuillez corriger votre saisie.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="44"/>
        <source>This folder is not a Scellé vault.</source>
        <translation>Ce dossier n’est pas un coffre Scellé.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="47"/>
        <source>Something is already in that place; choose an empty or new folder.</source>
        <translation>Quelque chose occupe déjà cet emplacement ; choisissez un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="50"/>
        <source>It does not exist, or no longer exists.</source>
        <translation>Cela n’existe pas, ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="53"/>
        <source>This vault needs a newer version of Scellé.</source>
        <translation>Ce coffre demande une version plus récente de Scellé.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="56"/>
        <source>Cancelled; nothing was recorded.</source>
        <translation>Annulé ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="59"/>
        <source>Another Scellé window is writing to this vault; try again in a moment.</source>
        <translation>Une autre fenêtre de Scellé écrit dans ce coffre ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="62"/>
        <source>The user name or password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="65"/>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="68"/>
        <source>The vault is locked; unlock it again.</source>
        <translation>Le coffre est verrouillé ; déverrouillez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="71"/>
        <source>The file could not be read to the end; nothing was recorded.</source>
        <translation>Le fichier n’a pas pu être lu jusqu’au bout ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="74"/>
        <source>The manifest file cannot be read; nothing was imported.</source>
        <translation>Le fichier manifeste est illisible ; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="99"/>
        <source>Something unexpected went wrong; details are in the log file.</source>
        <translation>Une erreur inattendue s’est produite ; les détails sont dans le journal technique.</translation>
    </message>
</context>
<context>
    <name>ExportCaseDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="151"/>
        <source>Export case {0}</source>
        <translation>Exporter l’affaire {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="151"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="154"/>
        <source>JSON — the case with its proof, verifiable offline</source>
        <translation>JSON — l’affaire et sa preuve, vérifiable hors ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="155"/>
        <source>CSV — a spreadsheet of the items and their events</source>
        <translation>CSV — un tableur des scellés et de leurs événements</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="156"/>
        <source>CASE/UCO JSON-LD — for other forensic tools</source>
        <translation>CASE/UCO JSON-LD — pour d’autres outils d’investigation</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="157"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="172"/>
        <source>JSON export (*.json)</source>
        <translation>Export JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="173"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Tableur CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="174"/>
        <source>CASE/UCO JSON-LD (*.jsonld *.json)</source>
        <translation>CASE/UCO JSON-LD (*.jsonld *.json)</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="68"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="78"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="106"/>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="216"/>
        <source>{0}: {1} × {2} labels of {3:g} × {4:g} mm</source>
        <translation>{0} : {1} × {2} étiquettes de {3:g} × {4:g} mm</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="334"/>
        <source>Scellé — first start</source>
        <translation>Scellé — premier démarrage</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="70"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="71"/>
        <source>closed</source>
        <translation>close</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="72"/>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="79"/>
        <source>physical</source>
        <translation>physique</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="80"/>
        <source>digital</source>
        <translation>numérique</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="87"/>
        <source>in custody</source>
        <translation>sous garde</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="88"/>
        <source>checked out</source>
        <translation>sorti</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="89"/>
        <source>transferred out</source>
        <translation>transféré hors du service</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="90"/>
        <location filename="../../desktop/scelle/gui/fmt.py" line="122"/>
        <source>released</source>
        <translation>restitué</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="91"/>
        <location filename="../../desktop/scelle/gui/fmt.py" line="123"/>
        <source>destroyed</source>
        <translation>détruit</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="95"/>
        <location filename="../../desktop/scelle/gui/fmt.py" line="154"/>
        <source>HASH MISMATCH</source>
        <translation>EMPREINTES DIFFÉRENTES</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="97"/>
        <source>disposition awaiting approval</source>
        <translation>destination finale en attente d’approbation</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="104"/>
        <source>Seizure</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="105"/>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="106"/>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="107"/>
        <source>Check-out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="108"/>
        <source>Check-in</source>
        <translation>Réintégration</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="109"/>
        <source>Move</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="110"/>
        <source>Seal</source>
        <translation>Scellement</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="111"/>
        <source>Reseal</source>
        <translation>Rescellement</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="112"/>
        <source>Hash verification</source>
        <translation>Vérification des empreintes</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="113"/>
        <source>Disposition requested</source>
        <translation>Destination finale demandée</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="114"/>
        <source>Disposition approved</source>
        <translation>Destination finale approuvée</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="121"/>
        <source>returned to owner</source>
        <translation>restitué au propriétaire</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="124"/>
        <source>transferred to another service</source>
        <translation>transféré à un autre service</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="134"/>
        <source>{0} (countersigned)</source>
        <translation>{0} (contresigné)</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="140"/>
        <source>countersigned by {0}</source>
        <translation>contresigné par {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="152"/>
        <source>hashes match</source>
        <translation>empreintes identiques</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="156"/>
        <source>first hashes recorded</source>
        <translation>premières empreintes enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="159"/>
        <source>seal {0} → {1}</source>
        <translation>scellé {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="165"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="170"/>
        <source>at {0}</source>
        <translation>à {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="174"/>
        <source>due {0}</source>
        <translation>retour le {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="190"/>
        <source>[struck through: {0}] {1}</source>
        <translation>[barrée : {0}] {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="230"/>
        <source>investigator</source>
        <translation>enquêteur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="231"/>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="232"/>
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="233"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="240"/>
        <source>Journal verification</source>
        <translation>Vérification du journal</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="241"/>
        <source>Hash mismatch</source>
        <translation>Empreintes différentes</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="242"/>
        <source>Transfer not countersigned</source>
        <translation>Transfert non contresigné</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="243"/>
        <source>Custody gap</source>
        <translation>Trou dans la garde</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="244"/>
        <source>Overdue check-out</source>
        <translation>Sortie en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="245"/>
        <source>Disposition awaiting approval</source>
        <translation>Destination finale en attente d’approbation</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="248"/>
        <source>Clock went backwards</source>
        <translation>Horloge revenue en arrière</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="249"/>
        <source>Read by someone not assigned</source>
        <translation>Consulté par une personne non affectée</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="250"/>
        <source>Access refused</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="251"/>
        <source>Failed unlock attempts</source>
        <translation>Échecs de déverrouillage</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="260"/>
        <source> and {0} more</source>
        <translation> et {0} autres</translation>
    </message>
</context>
<context>
    <name>InventoryDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="201"/>
        <source>Inventory of a storage location</source>
        <translation>Inventaire d’un lieu de stockage</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="208"/>
        <source>Scan or type an exhibit id, then Enter</source>
        <translation>Scannez ou tapez un n° de scellé, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="214"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="217"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="217"/>
        <source>Where the journal has it</source>
        <translation>Où le journal le situe</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="225"/>
        <source>Record &amp;inventory</source>
        <translation>Enregistrer l’&amp;inventaire</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="226"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="237"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="238"/>
        <source>&amp;Scan:</source>
        <translation>&amp;Scan :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="270"/>
        <source>1 item</source>
        <translation>1 scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="270"/>
        <source>{0} items</source>
        <translation>{0} scellés</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="272"/>
        <source>{0} — {1} ({2}, {3})</source>
        <translation>{0} — {1} ({2}, {3})</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="280"/>
        <source>No storage location is defined yet: add one first.</source>
        <translation>Aucun lieu de stockage n’est encore défini : ajoutez-en un d’abord.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="299"/>
        <source>{0} was already scanned.</source>
        <translation>{0} a déjà été scanné.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="315"/>
        <source>{0} items scanned</source>
        <translation>{0} scellés scannés</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="315"/>
        <source>1 item scanned</source>
        <translation>1 scellé scanné</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="330"/>
        <source>Choose the location.</source>
        <translation>Choisissez le lieu.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="356"/>
        <source>Missing: {0}</source>
        <translation>Manquants : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="361"/>
        <source>Recorded elsewhere: {0}</source>
        <translation>Enregistrés ailleurs : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="366"/>
        <source>Unknown or no longer held: {0}</source>
        <translation>Inconnus ou plus détenus : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="371"/>
        <source>Found: {0}</source>
        <translation>Trouvés : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="393"/>
        <source>Everything expected in {0} was found.</source>
        <translation>Tout ce qui était attendu dans {0} a été trouvé.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="395"/>
        <source>{0} item(s) need attention in {1}.</source>
        <translation>{0} scellé(s) à examiner dans {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="398"/>
        <source>Recorded as journal entry #{0}.</source>
        <translation>Enregistré au journal, entrée n° {0}.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="205"/>
        <source>Exhibit</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="209"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="211"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="215"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="219"/>
        <source>Seal</source>
        <translation>N° de scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="222"/>
        <source>Custodian</source>
        <translation>Gardien</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="226"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="230"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="234"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="167"/>
        <source>Back to the case</source>
        <translation>Retour à l’affaire</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="177"/>
        <source>Exhibit label:</source>
        <translation>Libellé du scellé :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="178"/>
        <source>Kind:</source>
        <translation>Nature :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="179"/>
        <source>Seal:</source>
        <translation>Scellé n° :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="180"/>
        <source>Custodian:</source>
        <translation>Gardien :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="181"/>
        <source>Location:</source>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="182"/>
        <source>Seized:</source>
        <translation>Saisi :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="183"/>
        <source>Checked out:</source>
        <translation>Sorti :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="203"/>
        <source>Custody &amp;history</source>
        <translation>&amp;Historique de la garde</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="204"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="210"/>
        <source>Hashes</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="234"/>
        <source>by {0}</source>
        <translation>par {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="235"/>
        <source>from {0}</source>
        <translation>chez {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="242"/>
        <source>, due {0}</source>
        <translation>, retour le {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="258"/>
        <source>{0}, computed {1} by {2}</source>
        <translation>{0}, calculées le {1} par {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="264"/>
        <source>No hashes recorded.</source>
        <translation>Aucune empreinte enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="266"/>
        <source>Physical item.</source>
        <translation>Scellé physique.</translation>
    </message>
</context>
<context>
    <name>JournalBrowser</name>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="501"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="513"/>
        <source>anyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="519"/>
        <source>any, or a family: custody.</source>
        <translation>toutes, ou une famille : custody.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="522"/>
        <source>e.g. 2026-0042</source>
        <translation>ex. 2026-0042</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="524"/>
        <source>e.g. 2026-0042/3</source>
        <translation>ex. 2026-0042/3</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="526"/>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="528"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="530"/>
        <source>A date, or a date and time, in UTC</source>
        <translation>Une date, ou une date et une heure, en UTC</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="533"/>
        <source>words in payloads</source>
        <translation>mots dans les contenus</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="537"/>
        <source>payloads are not shown to your role</source>
        <translation>les contenus ne sont pas montrés à votre rôle</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="538"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="544"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="545"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="546"/>
        <source>&amp;Case:</source>
        <translation>Affai&amp;re :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="547"/>
        <source>&amp;Item:</source>
        <translation>&amp;Scellé :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="548"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="549"/>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="550"/>
        <source>&amp;Search:</source>
        <translation>Re&amp;chercher :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="606"/>
        <source>Stop &amp;indexing</source>
        <translation>Arrêter l’&amp;indexation</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="679"/>
        <source>Reading the journal…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="706"/>
        <source>No entry matches these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="710"/>
        <source>The newest {0} matching entries are shown; narrow the filters (the dates, say) to see older ones.</source>
        <translation>Les {0} entrées les plus récentes sont affichées ; resserrez les filtres (les dates, par exemple) pour voir les plus anciennes.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="716"/>
        <source>1 matching entry.</source>
        <translation>1 entrée correspondante.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="718"/>
        <source>{0} matching entries, newest first.</source>
        <translation>{0} entrées correspondantes, les plus récentes d’abord.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="722"/>
        <source>{0} entries shown, newest first; more are read as you scroll.</source>
        <translation>{0} entrées affichées, les plus récentes d’abord ; la suite se lit en faisant défiler.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="734"/>
        <source>Indexing stopped; searching again resumes it where it stopped.</source>
        <translation>Indexation arrêtée ; une nouvelle recherche la reprend là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="750"/>
        <source>Indexing payloads for searching (once): {0} of {1} entries…</source>
        <translation>Indexation des contenus pour la recherche (une fois) : {0} entrées sur {1}…</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="159"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="160"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="161"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="162"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="163"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/journalbrowser.py" line="164"/>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="282"/>
        <source>Evidence labels of {0}</source>
        <translation>Étiquettes des scellés de {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="283"/>
        <source>&amp;Write the labels</source>
        <translation>É&amp;crire les étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="298"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Planche :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="299"/>
        <source>&amp;Items:</source>
        <translation>&amp;Scellés :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="306"/>
        <source>{0}-labels.pdf</source>
        <translation>{0}-etiquettes.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="309"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="322"/>
        <source>Tick the items to label.</source>
        <translation>Cochez les scellés à étiqueter.</translation>
    </message>
</context>
<context>
    <name>LocationLabelsDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="104"/>
        <source>Storage location labels</source>
        <translation>Étiquettes des lieux de stockage</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="104"/>
        <source>&amp;Write the labels</source>
        <translation>É&amp;crire les étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="112"/>
        <source>location-labels.pdf</source>
        <translation>etiquettes-lieux.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="113"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="117"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Planche :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="118"/>
        <source>&amp;Locations:</source>
        <translation>&amp;Lieux :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="119"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="157"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="169"/>
        <source>Tick the locations to label.</source>
        <translation>Cochez les lieux à étiqueter.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="171"/>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="58"/>
        <source>Journal verified to #{0} — intact</source>
        <translation>Journal vérifié jusqu’au n° {0} — intact</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="63"/>
        <source>JOURNAL TAMPERED: verification failed at entry #{0}</source>
        <translation>JOURNAL ALTÉRÉ : la vérification échoue à l’entrée n° {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="66"/>
        <source>JOURNAL TAMPERED: verification failed</source>
        <translation>JOURNAL ALTÉRÉ : la vérification échoue</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="80"/>
        <source>Scellé</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="95"/>
        <source>Filter cases, or scan an exhibit id</source>
        <translation>Filtrer les affaires, ou scanner un scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="108"/>
        <source>Cases</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="128"/>
        <source>Choose a case on the left, or press Ctrl+N to open one.</source>
        <translation>Choisissez une affaire à gauche, ou appuyez sur Ctrl+N pour en ouvrir une.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="145"/>
        <source>Scellé is locked.</source>
        <translation>Scellé est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="148"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="207"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nouvelle affaire…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="208"/>
        <source>New &amp;item…</source>
        <translation>Nouveau &amp;scellé…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="209"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="211"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="213"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="214"/>
        <source>&amp;Transfer custody…</source>
        <translation>&amp;Transférer la garde…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="215"/>
        <source>Check &amp;out…</source>
        <translation>&amp;Sortir…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="216"/>
        <source>Check &amp;in…</source>
        <translation>&amp;Réintégrer…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="217"/>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="218"/>
        <source>&amp;Seal / reseal…</source>
        <translation>S&amp;celler / resceller…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="219"/>
        <source>&amp;Verify hashes…</source>
        <translation>&amp;Vérifier les empreintes…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="221"/>
        <source>Request &amp;disposition…</source>
        <translation>Demander la destination &amp;finale…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="225"/>
        <source>&amp;Approve disposition…</source>
        <translation>&amp;Approuver la destination finale…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="230"/>
        <source>O&amp;pen item</source>
        <translation>&amp;Ouvrir le scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="233"/>
        <source>&amp;Add note…</source>
        <translation>&amp;Ajouter une note…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="236"/>
        <source>&amp;Edit note…</source>
        <translation>&amp;Modifier la note…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="239"/>
        <source>&amp;Strike note through…</source>
        <translation>&amp;Barrer la note…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="241"/>
        <source>&amp;Find or scan…</source>
        <translation>&amp;Chercher ou scanner…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="242"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="243"/>
        <source>&amp;Back to the case</source>
        <translation>&amp;Retour à l’affaire</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="244"/>
        <source>&amp;About Scellé</source>
        <translation>À &amp;propos de Scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="245"/>
        <source>&amp;Review and sign off…</source>
        <translation>&amp;Contrôler et viser…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="247"/>
        <source>&amp;Export case…</source>
        <translation>&amp;Exporter l’affaire…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="250"/>
        <source>Chain-of-&amp;custody report…</source>
        <translation>&amp;Rapport de chaîne de possession…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="253"/>
        <source>Print &amp;labels…</source>
        <translation>Imprimer les é&amp;tiquettes…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="256"/>
        <source>Verify an e&amp;xport…</source>
        <translation>Vérifier un e&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="259"/>
        <source>&amp;Browse the journal…</source>
        <translation>&amp;Parcourir le journal…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="263"/>
        <source>&amp;Verify the whole journal…</source>
        <translation>&amp;Vérifier tout le journal…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="269"/>
        <source>&amp;New storage location…</source>
        <translation>&amp;Nouveau lieu de stockage…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="272"/>
        <source>&amp;Inventory…</source>
        <translation>&amp;Inventaire…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="276"/>
        <source>Print location &amp;labels…</source>
        <translation>Imprimer les étiquettes de &amp;lieux…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="283"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="292"/>
        <source>&amp;Case</source>
        <translation>&amp;Affaire</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="301"/>
        <source>&amp;Item</source>
        <translation>&amp;Scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="315"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="318"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="321"/>
        <source>&amp;Storage</source>
        <translation>S&amp;tockage</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="324"/>
        <source>&amp;View</source>
        <translation>Affi&amp;chage</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="327"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="330"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="421"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="422"/>
        <source>Scellé — {0}</source>
        <translation>Scellé — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="445"/>
        <source>The journal failed verification at entry #{0}: {1}

Scellé records and shows nothing more from this vault. Do not use it; ask an auditor to examine it.</source>
        <translation>La vérification du journal échoue à l’entrée n° {0} : {1}

Scellé n’enregistre et n’affiche plus rien de ce coffre. Ne l’utilisez pas ; demandez à un auditeur de l’examiner.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="450"/>
        <source>The journal failed verification: {0}

Scellé records and shows nothing more from this vault. Do not use it; ask an auditor to examine it.</source>
        <translation>La vérification du journal échoue : {0}

Scellé n’enregistre et n’affiche plus rien de ce coffre. Ne l’utilisez pas ; demandez à un auditeur de l’examiner.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="468"/>
        <source>Scellé — locked</source>
        <translation>Scellé — verrouillé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="715"/>
        <source>Added {0}.</source>
        <translation>{0} ajouté.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="768"/>
        <source>#{0}</source>
        <translation>n° {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="820"/>
        <source>Wrote {0}.</source>
        <translation>{0} écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="837"/>
        <source>Case {0} signed off up to entry #{1}.</source>
        <translation>Affaire {0} visée jusqu’à l’entrée n° {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="923"/>
        <source>Choose the case export to verify</source>
        <translation>Choisir l’export d’affaire à vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="927"/>
        <source>Verifying {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="938"/>
        <source>The export of case {0} is intact: {1} entries up to #{2}; every hash, link, signature and payload verifies.</source>
        <translation>L’export de l’affaire {0} est intact : {1} entrées jusqu’au n° {2} ; empreintes, liens, signatures et contenus se vérifient tous.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="949"/>
        <source>… and {0} more</source>
        <translation>… et {0} autres</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="952"/>
        <source>The export of case {0} is NOT intact: {1} problem(s) found.</source>
        <translation>L’export de l’affaire {0} n’est PAS intact : {1} problème(s) trouvé(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="977"/>
        <source>Storage location {0} added.</source>
        <translation>Lieu de stockage {0} ajouté.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="1004"/>
        <source>Scellé {0} — evidence custody with a signed, verifiable journal.</source>
        <translation>Scellé {0} — la garde des scellés avec un journal signé et vérifiable.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="318"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="318"/>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="321"/>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="322"/>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="323"/>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="73"/>
        <source>New case</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="73"/>
        <source>&amp;Open the case</source>
        <translation>&amp;Ouvrir l’affaire</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="77"/>
        <source>Format {0}, e.g. {1}</source>
        <translation>Format {0}, p. ex. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="80"/>
        <source>optional, e.g. 10 years after closing</source>
        <translation>facultatif, p. ex. 10 ans après la clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="90"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="91"/>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="92"/>
        <source>R&amp;etention:</source>
        <translation>&amp;Conservation :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="93"/>
        <source>Also &amp;assign:</source>
        <translation>&amp;Affecter aussi :</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="117"/>
        <source>New item in {0}</source>
        <translation>Nouveau scellé dans {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="117"/>
        <source>&amp;Add the item</source>
        <translation>&amp;Ajouter le scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="128"/>
        <source>Seized</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="129"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="133"/>
        <source>e.g. Evidence room, shelf B4</source>
        <translation>p. ex. Salle des scellés, étagère B4</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="142"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="143"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="144"/>
        <source>How it &amp;came:</source>
        <translation>&amp;Provenance :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="145"/>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="146"/>
        <source>&amp;Seal number:</source>
        <translation>N° de &amp;scellé :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="147"/>
        <source>Storage &amp;location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="148"/>
        <source>Seized &amp;at (place):</source>
        <translation>&amp;Lieu de saisie :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="149"/>
        <source>Seized &amp;from:</source>
        <translation>Saisi &amp;chez :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="150"/>
        <source>File to hash:</source>
        <translation>Fichier à hacher :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="170"/>
        <source>Hashing…</source>
        <translation>Calcul des empreintes…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="176"/>
        <source>Size: {0}</source>
        <translation>Taille : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="181"/>
        <source>Hashing was cancelled; nothing was recorded.</source>
        <translation>Calcul annulé ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="189"/>
        <source>Wait until the file is hashed, or stop hashing.</source>
        <translation>Attendez la fin du calcul des empreintes, ou arrêtez-le.</translation>
    </message>
</context>
<context>
    <name>NewLocationDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="64"/>
        <source>New storage location</source>
        <translation>Nouveau lieu de stockage</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="64"/>
        <source>&amp;Add the location</source>
        <translation>&amp;Ajouter le lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="67"/>
        <source>e.g. B4 or ROOM-2/SHELF-3</source>
        <translation>ex. B4 ou SALLE-2/ETAGERE-3</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="69"/>
        <source>e.g. Evidence room B, shelf 4</source>
        <translation>ex. Salle des scellés B, étagère 4</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="73"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="75"/>
        <source>&amp;Kind:</source>
        <translation>N&amp;ature :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="78"/>
        <source>An item is in this location when its recorded storage location is this code or this name.</source>
        <translation>Un scellé est dans ce lieu quand son lieu de stockage enregistré est ce code ou ce nom.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="494"/>
        <source>Note {0} — new revision</source>
        <translation>Note {0} — nouvelle version</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="496"/>
        <source>New note on {0}</source>
        <translation>Nouvelle note sur {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="498"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="503"/>
        <source>What you saw, did or decided, and when.</source>
        <translation>Ce que vous avez vu, fait ou décidé, et quand.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="526"/>
        <source>Earlier revisions (they stay in the record):</source>
        <translation>Versions précédentes (elles restent au dossier) :</translation>
    </message>
</context>
<context>
    <name>NoteModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="303"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="308"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="313"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="317"/>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="321"/>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="326"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="95"/>
        <source>Case and exhibit numbers</source>
        <translation>Numéros d’affaire et de scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="96"/>
        <source>Choose how your office writes them. You can keep the defaults.</source>
        <translation>Choisissez comment votre service les écrit. Vous pouvez garder les valeurs par défaut.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="108"/>
        <source>In the case format, YYYY is the year and each N a digit. In the exhibit style, {case} is the case reference and {n} the exhibit&apos;s number.</source>
        <translation>Dans le format d’affaire, YYYY est l’année et chaque N un chiffre. Dans le style de scellé, {case} est la référence de l’affaire et {n} le numéro du scellé.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="115"/>
        <source>Case &amp;reference format:</source>
        <translation>Format de &amp;référence d’affaire :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="116"/>
        <source>&amp;Exhibit style:</source>
        <translation>&amp;Style des scellés :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="117"/>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="141"/>
        <source>Case {0}, third exhibit: {1}</source>
        <translation>Affaire {0}, troisième scellé : {1}</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="199"/>
        <source>Seized under warrant</source>
        <translation>Saisi sur réquisition</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="200"/>
        <source>Handed over by a person</source>
        <translation>Remis par une personne</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="201"/>
        <source>Received from another service</source>
        <translation>Reçu d’un autre service</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="202"/>
        <source>For analysis</source>
        <translation>Pour analyse</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="203"/>
        <source>For storage</source>
        <translation>Pour stockage</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="204"/>
        <source>For court</source>
        <translation>Pour l’audience</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="205"/>
        <source>Handover between investigators</source>
        <translation>Passation entre enquêteurs</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="206"/>
        <source>Forensic analysis</source>
        <translation>Analyse criminalistique</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="207"/>
        <source>Examination</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="208"/>
        <source>Court appearance</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="209"/>
        <source>Photography</source>
        <translation>Photographie</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="210"/>
        <source>Storage reorganisation</source>
        <translation>Réorganisation du stockage</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="211"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="212"/>
        <source>Returned to storage</source>
        <translation>Retour en salle des scellés</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="213"/>
        <source>Initial sealing</source>
        <translation>Scellement initial</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="214"/>
        <source>Opened for examination</source>
        <translation>Ouvert pour examen</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="215"/>
        <source>Seal damaged</source>
        <translation>Scellé endommagé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="216"/>
        <source>Court order</source>
        <translation>Décision de justice</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="217"/>
        <source>Case closed</source>
        <translation>Affaire close</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="218"/>
        <source>Retention period ended</source>
        <translation>Fin de la durée de conservation</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="252"/>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="255"/>
        <source>If every administrator forgets their password, this code alone opens the vault. It is shown only now: write it down or print it, and lock it away.</source>
        <translation>Si tous les administrateurs oublient leur mot de passe, ce code seul ouvre le coffre. Il n’est affiché que maintenant : notez-le ou imprimez-le, et mettez-le sous clé.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="268"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="270"/>
        <source>I have &amp;written it down or printed it</source>
        <translation>Je l’ai &amp;noté ou imprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="301"/>
        <source>Scellé — vault recovery code</source>
        <translation>Scellé — code de secours du coffre</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="302"/>
        <source>Office: {0}</source>
        <translation>Service : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="303"/>
        <source>Vault: {0}</source>
        <translation>Coffre : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="305"/>
        <source>Keep this sheet locked away. Anyone holding it can open the vault.</source>
        <translation>Gardez cette feuille sous clé. Quiconque la détient peut ouvrir le coffre.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="239"/>
        <source>Chain-of-custody report of {0}</source>
        <translation>Rapport de chaîne de possession de {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="240"/>
        <source>&amp;Write the report</source>
        <translation>É&amp;crire le rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="243"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="244"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="246"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="251"/>
        <source>{0}-chain-of-custody.pdf</source>
        <translation>{0}-chaine-de-possession.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/exports.py" line="254"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ResealDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="335"/>
        <source>Seal or reseal</source>
        <translation>Sceller ou resceller</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="335"/>
        <source>&amp;Seal</source>
        <translation>&amp;Sceller</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="338"/>
        <source>Current seal:</source>
        <translation>Scellé actuel :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="338"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="339"/>
        <source>&amp;New seal number:</source>
        <translation>&amp;Nouveau n° de scellé :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="340"/>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
</context>
<context>
    <name>ReviewLogModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="422"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="427"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="432"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="436"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="440"/>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="61"/>
        <location filename="../../desktop/scelle/gui/review.py" line="66"/>
        <source>Review of case {0}</source>
        <translation>Contrôle de l’affaire {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="87"/>
        <source>Earlier sign-offs</source>
        <translation>Visas précédents</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="105"/>
        <source>What you checked, and what you asked to be done about each anomaly.</source>
        <translation>Ce que vous avez contrôlé, et ce que vous avez demandé pour chaque anomalie.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="107"/>
        <source>&amp;Sign off</source>
        <translation>&amp;Viser</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="116"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="124"/>
        <location filename="../../desktop/scelle/gui/review.py" line="220"/>
        <source>Only a supervisor signs a review off.</source>
        <translation>Seul un superviseur vise un contrôle.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="174"/>
        <source>last signed off up to #{0}</source>
        <translation>dernier visa jusqu’au n° {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="176"/>
        <source>never signed off</source>
        <translation>jamais visée</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="179"/>
        <source>Journal head #{0} · {1}</source>
        <translation>Tête du journal : n° {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="184"/>
        <source>{0} anomalies — look at these first</source>
        <translation>{0} anomalies — à examiner d’abord</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="186"/>
        <source>1 anomaly — look at it first</source>
        <translation>1 anomalie — à examiner d’abord</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="190"/>
        <source>No anomaly since the last sign-off</source>
        <translation>Aucune anomalie depuis le dernier visa</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="193"/>
        <source>The log since the last sign-off: {0} entries</source>
        <translation>Le journal depuis le dernier visa : {0} entrées</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="215"/>
        <source>Signing off records, signed with your key, that you reviewed this case&apos;s log up to entry #{0} and saw the {1} anomalies above.</source>
        <translation>Viser enregistre, signé de votre clé, que vous avez contrôlé le journal de cette affaire jusqu’à l’entrée n° {0} et vu les {1} anomalies ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/review.py" line="243"/>
        <source>Signed off up to entry #{0}; the sign-off is entry #{1}.</source>
        <translation>Visé jusqu’à l’entrée n° {0} ; le visa est l’entrée n° {1}.</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="348"/>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="353"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="358"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="362"/>
        <source>Journal #</source>
        <translation>N° au journal</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="367"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="575"/>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="577"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="584"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="587"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="588"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Verrouiller après inactivité :</translation>
    </message>
</context>
<context>
    <name>SignOffModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="455"/>
        <source>Signed</source>
        <translation>Visé le</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="460"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="464"/>
        <source>Up to</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="469"/>
        <source>Anomalies seen</source>
        <translation>Anomalies vues</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="474"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="52"/>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="53"/>
        <source>shelf</source>
        <translation>étagère</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="54"/>
        <source>locker</source>
        <translation>casier</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="55"/>
        <source>safe</source>
        <translation>coffre-fort</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/storage.py" line="56"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>StrikeNoteDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="552"/>
        <source>Strike note {0}</source>
        <translation>Barrer la note {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="552"/>
        <source>&amp;Strike through</source>
        <translation>&amp;Barrer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="559"/>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="560"/>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="234"/>
        <source>Transfer custody</source>
        <translation>Transférer la garde</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="234"/>
        <source>&amp;Transfer</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="241"/>
        <source>optional: where the item goes</source>
        <translation>facultatif : où va le scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="246"/>
        <source>From {0}. The receiver types their own password: both of you sign the transfer.</source>
        <translation>De {0}. Le destinataire tape son propre mot de passe : vous signez tous deux le transfert.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="251"/>
        <source>&amp;Receiver:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="252"/>
        <source>R&amp;eason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="253"/>
        <source>New &amp;location:</source>
        <translation>Nouvel &amp;emplacement :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="255"/>
        <source>Receiver&apos;s &amp;password:</source>
        <translation>&amp;Mot de passe du destinataire :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="260"/>
        <source>Choose who receives the item.</source>
        <translation>Choisissez qui reçoit le scellé.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="51"/>
        <source>Unlock — Scellé</source>
        <translation>Déverrouiller — Scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="51"/>
        <source>Locked — Scellé</source>
        <translation>Verrouillé — Scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="56"/>
        <source>Scellé is locked. Type your password to continue.</source>
        <translation>Scellé est verrouillé. Tapez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="58"/>
        <source>Open an evidence vault</source>
        <translation>Ouvrir un coffre de scellés</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="71"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="82"/>
        <source>Checking the password and verifying the journal…</source>
        <translation>Contrôle du mot de passe et vérification du journal…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="87"/>
        <source>&amp;Vault:</source>
        <translation>&amp;Coffre :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="88"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="89"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="91"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="97"/>
        <source>&amp;New vault…</source>
        <translation>&amp;Nouveau coffre…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="115"/>
        <source>Choose the vault folder</source>
        <translation>Choisir le dossier du coffre</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="131"/>
        <source>Choose a vault.</source>
        <translation>Choisissez un coffre.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="134"/>
        <source>Type your user name.</source>
        <translation>Tapez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="166"/>
        <source>The user name or password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="43"/>
        <source>Create a vault</source>
        <translation>Créer un coffre</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="46"/>
        <source>A vault is a folder holding the encrypted database and the users&apos; key slots. Put it where it is backed up.</source>
        <translation>Un coffre est un dossier qui contient la base chiffrée et les emplacements de clés des utilisateurs. Placez-le là où il est sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="51"/>
        <source>e.g. Brigade de Lyon</source>
        <translation>p. ex. Brigade de Lyon</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="53"/>
        <source>e.g. /home/you/Brigade-Lyon.scelle</source>
        <translation>p. ex. /home/vous/Brigade-Lyon.scelle</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="54"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="60"/>
        <source>&amp;Office name:</source>
        <translation>Nom du &amp;service :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="61"/>
        <source>Vault &amp;folder:</source>
        <translation>&amp;Dossier du coffre :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="69"/>
        <source>Where should the vault go?</source>
        <translation>Où placer le coffre ?</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="78"/>
        <source>That folder is not empty; choose a new folder.</source>
        <translation>Ce dossier n’est pas vide ; choisissez un nouveau dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="80"/>
        <source>The folder that should contain the vault does not exist.</source>
        <translation>Le dossier qui doit contenir le coffre n’existe pas.</translation>
    </message>
</context>
<context>
    <name>VerifyHashDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="352"/>
        <source>Verify hashes</source>
        <translation>Vérifier les empreintes</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="352"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="355"/>
        <source>No hashes recorded yet.</source>
        <translation>Aucune empreinte enregistrée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="363"/>
        <source>Recorded:</source>
        <translation>Enregistrée :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="364"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="369"/>
        <source>Stopped; nothing was recorded.</source>
        <translation>Arrêté ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="372"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="377"/>
        <source>Choose the file to verify.</source>
        <translation>Choisissez le fichier à vérifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="396"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="401"/>
        <source>HASH MISMATCH: this file is not the one recorded for {0}. The mismatch was recorded in the journal; tell your supervisor.</source>
        <translation>EMPREINTES DIFFÉRENTES : ce fichier n’est pas celui enregistré pour {0}. L’écart a été inscrit au journal ; prévenez votre superviseur.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="407"/>
        <source>The hashes match the record.</source>
        <translation>Les empreintes correspondent à l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="411"/>
        <source>No hashes were recorded before; these are now the record.</source>
        <translation>Aucune empreinte n’était enregistrée ; celles-ci font désormais foi.</translation>
    </message>
</context>
<context>
    <name>VerifyJournalDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="76"/>
        <source>Verify the whole journal</source>
        <translation>Vérifier tout le journal</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="80"/>
        <source>Every entry is checked from the first: its hash, its link to the one before, its signature by the key its author held then, and a replay of the records. Unlocking checks only what was added since your last session.</source>
        <translation>Chaque entrée est contrôlée depuis la première : son empreinte, son lien avec la précédente, sa signature par la clé que son auteur détenait alors, et la relecture des enregistrements. Le déverrouillage ne contrôle que ce qui a été ajouté depuis votre dernière session.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="95"/>
        <source>&amp;Verify again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="97"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="98"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="135"/>
        <source>Reading the journal…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="159"/>
        <source>{0} of {1} entries · {2:.0f} entries/s</source>
        <translation>{0} entrées sur {1} · {2:.0f} entrées/s</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="177"/>
        <source>{0} entries in {1:.1f} s</source>
        <translation>{0} entrées en {1:.1f} s</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="181"/>
        <source>The whole journal verifies: {0} entries up to #{1} — intact.</source>
        <translation>Tout le journal se vérifie : {0} entrées jusqu’au n° {1} — intact.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="185"/>
        <source>{0} warning(s): {1}</source>
        <translation>{0} avertissement(s) : {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="193"/>
        <source>at entry #{0}</source>
        <translation>à l’entrée n° {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="199"/>
        <source>NOT INTACT: the journal fails verification {0}: {1}
{2} problem(s) in all. Scellé records nothing more in this vault; ask an auditor to examine it.</source>
        <translation>NON INTACT : la vérification du journal échoue {0} : {1}
{2} problème(s) en tout. Scellé n’enregistre plus rien dans ce coffre ; demandez à un auditeur de l’examiner.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/jobs.py" line="212"/>
        <source>Stopped; the journal was not verified.</source>
        <translation>Arrêté ; le journal n’a pas été vérifié.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="205"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="206"/>
        <source>Choose &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="213"/>
        <source>&amp;Stop hashing</source>
        <translation>&amp;Arrêter le calcul</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="245"/>
        <source>Choose the file to hash</source>
        <translation>Choisir le fichier à hacher</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="304"/>
        <source>{0:.0f} MB/s</source>
        <translation>{0:.0f} Mo/s</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="354"/>
        <source>too short</source>
        <translation>trop court</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="356"/>
        <source>very weak</source>
        <translation>très faible</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="357"/>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="358"/>
        <source>fair</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="359"/>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="360"/>
        <source>strong</source>
        <translation>robuste</translation>
    </message>
</context>
</TS>
