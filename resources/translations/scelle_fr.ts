<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="158" />
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="161" />
        <source>The administrator adds the other users. Choose a long password: it protects the keys to the whole vault.</source>
        <translation>L’administrateur ajoute les autres utilisateurs. Choisissez un mot de passe long : il protège les clés de tout le coffre.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="178" />
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="179" />
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="180" />
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="181" />
        <source>Password &amp;again:</source>
        <translation>Mot de passe (&amp;confirmation) :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="187" />
        <source>&amp;Create the vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
</context>
<context>
    <name>ApproveDispositionDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="467" />
        <source>Approve disposition</source>
        <translation>Approuver la destination finale</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="467" />
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="469" />
        <source>Request:</source>
        <translation>Demande :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="470" />
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="171" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="173" />
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="175" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="179" />
        <source>Items</source>
        <translation>Scellés</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="184" />
        <source>Opened</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="189" />
        <source>Assigned</source>
        <translation>Affectés</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="97" />
        <source>&amp;Items</source>
        <translation>&amp;Scellés</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="98" />
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="99" />
        <source>Custody &amp;timeline</source>
        <translation>&amp;Chronologie de la garde</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="121" />
        <source>Status: {0} · opened {1} by {2} · assigned: {3} · items: {4}</source>
        <translation>État : {0} · ouverte le {1} par {2} · affectés : {3} · scellés : {4}</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="301" />
        <source>Check in</source>
        <translation>Réintégration</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="301" />
        <source>Check &amp;in</source>
        <translation>&amp;Réintégrer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="305" />
        <source>Back to &amp;location:</source>
        <translation>&amp;Rangé à :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="306" />
        <source>&amp;Remark:</source>
        <translation>&amp;Remarque :</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="278" />
        <source>Check out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="278" />
        <source>Check &amp;out</source>
        <translation>&amp;Sortir</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="280" />
        <source>&amp;Due back on:</source>
        <translation>&amp;Retour prévu le :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="286" />
        <source>&amp;Purpose:</source>
        <translation>&amp;Motif :</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="257" />
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="262" />
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="267" />
        <source>Exhibit</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="271" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="275" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="278" />
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="282" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/scelle/gui/dialogs.py" line="167" />
        <source>Scellé</source>
        <translation>Scellé</translation>
    </message>
</context>
<context>
    <name>DispositionRequestDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="431" />
        <source>Request disposition</source>
        <translation>Demander la destination finale</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="431" />
        <source>&amp;Request</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="436" />
        <source>e.g. order of the court of Lyon, 2026-03-02</source>
        <translation>p. ex. ordonnance du tribunal de Lyon, 2026-03-02</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="442" />
        <source>A supervisor must approve it before it takes effect.</source>
        <translation>Un superviseur doit l’approuver avant qu’elle prenne effet.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="444" />
        <source>&amp;Method:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="445" />
        <source>&amp;Authority:</source>
        <translation>&amp;Autorité :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="446" />
        <source>&amp;Witness:</source>
        <translation>&amp;Témoin :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="447" />
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="26" />
        <source>Scellé could not do that.</source>
        <translation>Scellé n’a pas pu faire cela.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="29" />
        <source>The vault failed an integrity check; nothing was changed.</source>
        <translation>Le coffre a échoué à un contrôle d’intégrité ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="32" />
        <source>The vault's files are damaged; restore it from a backup and ask an auditor.</source>
        <translation>Les fichiers du coffre sont endommagés ; restaurez-le depuis une sauvegarde et prévenez un auditeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="35" />
        <source>The journal failed verification; Scellé records nothing more in this vault.</source>
        <translation>La vérification du journal a échoué ; Scellé n’enregistre plus rien dans ce coffre.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="38" />
        <source>That cannot be done this way.</source>
        <translation>Cela ne peut pas se faire ainsi.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="41" />
        <source>Please correct what you typed.</source>
        <translation>Veuillez corriger votre saisie.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="44" />
        <source>This folder is not a Scellé vault.</source>
        <translation>Ce dossier n’est pas un coffre Scellé.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="47" />
        <source>Something is already in that place; choose an empty or new folder.</source>
        <translation>Quelque chose occupe déjà cet emplacement ; choisissez un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="50" />
        <source>It does not exist, or no longer exists.</source>
        <translation>Cela n’existe pas, ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="53" />
        <source>This vault needs a newer version of Scellé.</source>
        <translation>Ce coffre demande une version plus récente de Scellé.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="56" />
        <source>Cancelled; nothing was recorded.</source>
        <translation>Annulé ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="59" />
        <source>Another Scellé window is writing to this vault; try again in a moment.</source>
        <translation>Une autre fenêtre de Scellé écrit dans ce coffre ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="62" />
        <source>The user name or password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="65" />
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="68" />
        <source>The vault is locked; unlock it again.</source>
        <translation>Le coffre est verrouillé ; déverrouillez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="71" />
        <source>The file could not be read to the end; nothing was recorded.</source>
        <translation>Le fichier n’a pas pu être lu jusqu’au bout ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="74" />
        <source>The manifest file cannot be read; nothing was imported.</source>
        <translation>Le fichier manifeste est illisible ; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/errors.py" line="99" />
        <source>Something unexpected went wrong; details are in the log file.</source>
        <translation>Une erreur inattendue s’est produite ; les détails sont dans le journal technique.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="339" />
        <source>Scellé — first start</source>
        <translation>Scellé — premier démarrage</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="56" />
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="57" />
        <source>closed</source>
        <translation>close</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="58" />
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="65" />
        <source>physical</source>
        <translation>physique</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="66" />
        <source>digital</source>
        <translation>numérique</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="73" />
        <source>in custody</source>
        <translation>sous garde</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="74" />
        <source>checked out</source>
        <translation>sorti</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="75" />
        <source>transferred out</source>
        <translation>transféré hors du service</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="76" />
        <location filename="../../desktop/scelle/gui/fmt.py" line="108" />
        <source>released</source>
        <translation>restitué</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="77" />
        <location filename="../../desktop/scelle/gui/fmt.py" line="109" />
        <source>destroyed</source>
        <translation>détruit</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="81" />
        <location filename="../../desktop/scelle/gui/fmt.py" line="140" />
        <source>HASH MISMATCH</source>
        <translation>EMPREINTES DIFFÉRENTES</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="83" />
        <source>disposition awaiting approval</source>
        <translation>destination finale en attente d’approbation</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="90" />
        <source>Seizure</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="91" />
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="92" />
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="93" />
        <source>Check-out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="94" />
        <source>Check-in</source>
        <translation>Réintégration</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="95" />
        <source>Move</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="96" />
        <source>Seal</source>
        <translation>Scellement</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="97" />
        <source>Reseal</source>
        <translation>Rescellement</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="98" />
        <source>Hash verification</source>
        <translation>Vérification des empreintes</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="99" />
        <source>Disposition requested</source>
        <translation>Destination finale demandée</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="100" />
        <source>Disposition approved</source>
        <translation>Destination finale approuvée</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="107" />
        <source>returned to owner</source>
        <translation>restitué au propriétaire</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="110" />
        <source>transferred to another service</source>
        <translation>transféré à un autre service</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="120" />
        <source>{0} (countersigned)</source>
        <translation>{0} (contresigné)</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="126" />
        <source>countersigned by {0}</source>
        <translation>contresigné par {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="138" />
        <source>hashes match</source>
        <translation>empreintes identiques</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="142" />
        <source>first hashes recorded</source>
        <translation>premières empreintes enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="145" />
        <source>seal {0} → {1}</source>
        <translation>scellé {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="151" />
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="156" />
        <source>at {0}</source>
        <translation>à {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="160" />
        <source>due {0}</source>
        <translation>retour le {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="176" />
        <source>[struck through: {0}] {1}</source>
        <translation>[barrée : {0}] {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="216" />
        <source>investigator</source>
        <translation>enquêteur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="217" />
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="218" />
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="219" />
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="204" />
        <source>Exhibit</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="208" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="210" />
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="214" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="218" />
        <source>Seal</source>
        <translation>N° de scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="221" />
        <source>Custodian</source>
        <translation>Gardien</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="225" />
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="229" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="233" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="167" />
        <source>Back to the case</source>
        <translation>Retour à l’affaire</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="177" />
        <source>Exhibit label:</source>
        <translation>Libellé du scellé :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="178" />
        <source>Kind:</source>
        <translation>Nature :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="179" />
        <source>Seal:</source>
        <translation>Scellé n° :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="180" />
        <source>Custodian:</source>
        <translation>Gardien :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="181" />
        <source>Location:</source>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="182" />
        <source>Seized:</source>
        <translation>Saisi :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="183" />
        <source>Checked out:</source>
        <translation>Sorti :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="203" />
        <source>Custody &amp;history</source>
        <translation>&amp;Historique de la garde</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="204" />
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="210" />
        <source>Hashes</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="234" />
        <source>by {0}</source>
        <translation>par {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="235" />
        <source>from {0}</source>
        <translation>chez {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="242" />
        <source>, due {0}</source>
        <translation>, retour le {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="258" />
        <source>{0}, computed {1} by {2}</source>
        <translation>{0}, calculées le {1} par {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="264" />
        <source>No hashes recorded.</source>
        <translation>Aucune empreinte enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/views.py" line="266" />
        <source>Physical item.</source>
        <translation>Scellé physique.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="53" />
        <source>Journal verified to #{0} — intact</source>
        <translation>Journal vérifié jusqu’au n° {0} — intact</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="58" />
        <source>JOURNAL TAMPERED: verification failed at entry #{0}</source>
        <translation>JOURNAL ALTÉRÉ : la vérification échoue à l’entrée n° {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="61" />
        <source>JOURNAL TAMPERED: verification failed</source>
        <translation>JOURNAL ALTÉRÉ : la vérification échoue</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="75" />
        <source>Scellé</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="88" />
        <source>Filter cases, or scan an exhibit id</source>
        <translation>Filtrer les affaires, ou scanner un scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="101" />
        <source>Cases</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="121" />
        <source>Choose a case on the left, or press Ctrl+N to open one.</source>
        <translation>Choisissez une affaire à gauche, ou appuyez sur Ctrl+N pour en ouvrir une.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="138" />
        <source>Scellé is locked.</source>
        <translation>Scellé est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="141" />
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="197" />
        <source>&amp;New case…</source>
        <translation>&amp;Nouvelle affaire…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="198" />
        <source>New &amp;item…</source>
        <translation>Nouveau &amp;scellé…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="199" />
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="201" />
        <source>&amp;Settings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="203" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="204" />
        <source>&amp;Transfer custody…</source>
        <translation>&amp;Transférer la garde…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="205" />
        <source>Check &amp;out…</source>
        <translation>&amp;Sortir…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="206" />
        <source>Check &amp;in…</source>
        <translation>&amp;Réintégrer…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="207" />
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="208" />
        <source>&amp;Seal / reseal…</source>
        <translation>S&amp;celler / resceller…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="209" />
        <source>&amp;Verify hashes…</source>
        <translation>&amp;Vérifier les empreintes…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="211" />
        <source>Request &amp;disposition…</source>
        <translation>Demander la destination &amp;finale…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="215" />
        <source>&amp;Approve disposition…</source>
        <translation>&amp;Approuver la destination finale…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="220" />
        <source>O&amp;pen item</source>
        <translation>&amp;Ouvrir le scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="223" />
        <source>&amp;Add note…</source>
        <translation>&amp;Ajouter une note…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="226" />
        <source>&amp;Edit note…</source>
        <translation>&amp;Modifier la note…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="229" />
        <source>&amp;Strike note through…</source>
        <translation>&amp;Barrer la note…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="231" />
        <source>&amp;Find or scan…</source>
        <translation>&amp;Chercher ou scanner…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="232" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="233" />
        <source>&amp;Back to the case</source>
        <translation>&amp;Retour à l’affaire</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="234" />
        <source>&amp;About Scellé</source>
        <translation>À &amp;propos de Scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="237" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="244" />
        <source>&amp;Case</source>
        <translation>&amp;Affaire</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="248" />
        <source>&amp;Item</source>
        <translation>&amp;Scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="262" />
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="265" />
        <source>&amp;View</source>
        <translation>Affi&amp;chage</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="268" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="271" />
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="350" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="351" />
        <source>Scellé — {0}</source>
        <translation>Scellé — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="374" />
        <source>The journal failed verification at entry #{0}: {1}

Scellé records and shows nothing more from this vault. Do not use it; ask an auditor to examine it.</source>
        <translation>La vérification du journal échoue à l’entrée n° {0} : {1}

Scellé n’enregistre et n’affiche plus rien de ce coffre. Ne l’utilisez pas ; demandez à un auditeur de l’examiner.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="379" />
        <source>The journal failed verification: {0}

Scellé records and shows nothing more from this vault. Do not use it; ask an auditor to examine it.</source>
        <translation>La vérification du journal échoue : {0}

Scellé n’enregistre et n’affiche plus rien de ce coffre. Ne l’utilisez pas ; demandez à un auditeur de l’examiner.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="397" />
        <source>Scellé — locked</source>
        <translation>Scellé — verrouillé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="644" />
        <source>Added {0}.</source>
        <translation>{0} ajouté.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="697" />
        <source>#{0}</source>
        <translation>n° {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/mainwindow.py" line="741" />
        <source>Scellé {0} — evidence custody with a signed, verifiable journal.</source>
        <translation>Scellé {0} — la garde des scellés avec un journal signé et vérifiable.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="318" />
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="318" />
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="321" />
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="322" />
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="323" />
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="73" />
        <source>New case</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="73" />
        <source>&amp;Open the case</source>
        <translation>&amp;Ouvrir l’affaire</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="77" />
        <source>Format {0}, e.g. {1}</source>
        <translation>Format {0}, p. ex. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="80" />
        <source>optional, e.g. 10 years after closing</source>
        <translation>facultatif, p. ex. 10 ans après la clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="90" />
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="91" />
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="92" />
        <source>R&amp;etention:</source>
        <translation>&amp;Conservation :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="93" />
        <source>Also &amp;assign:</source>
        <translation>&amp;Affecter aussi :</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="117" />
        <source>New item in {0}</source>
        <translation>Nouveau scellé dans {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="117" />
        <source>&amp;Add the item</source>
        <translation>&amp;Ajouter le scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="128" />
        <source>Seized</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="129" />
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="133" />
        <source>e.g. Evidence room, shelf B4</source>
        <translation>p. ex. Salle des scellés, étagère B4</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="142" />
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="143" />
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="144" />
        <source>How it &amp;came:</source>
        <translation>&amp;Provenance :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="145" />
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="146" />
        <source>&amp;Seal number:</source>
        <translation>N° de &amp;scellé :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="147" />
        <source>Storage &amp;location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="148" />
        <source>Seized &amp;at (place):</source>
        <translation>&amp;Lieu de saisie :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="149" />
        <source>Seized &amp;from:</source>
        <translation>Saisi &amp;chez :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="150" />
        <source>File to hash:</source>
        <translation>Fichier à hacher :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="170" />
        <source>Hashing…</source>
        <translation>Calcul des empreintes…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="176" />
        <source>Size: {0}</source>
        <translation>Taille : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="181" />
        <source>Hashing was cancelled; nothing was recorded.</source>
        <translation>Calcul annulé ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="189" />
        <source>Wait until the file is hashed, or stop hashing.</source>
        <translation>Attendez la fin du calcul des empreintes, ou arrêtez-le.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="494" />
        <source>Note {0} — new revision</source>
        <translation>Note {0} — nouvelle version</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="496" />
        <source>New note on {0}</source>
        <translation>Nouvelle note sur {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="498" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="503" />
        <source>What you saw, did or decided, and when.</source>
        <translation>Ce que vous avez vu, fait ou décidé, et quand.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="526" />
        <source>Earlier revisions (they stay in the record):</source>
        <translation>Versions précédentes (elles restent au dossier) :</translation>
    </message>
</context>
<context>
    <name>NoteModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="302" />
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="307" />
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="312" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="316" />
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="320" />
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="325" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="96" />
        <source>Case and exhibit numbers</source>
        <translation>Numéros d’affaire et de scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="97" />
        <source>Choose how your office writes them. You can keep the defaults.</source>
        <translation>Choisissez comment votre service les écrit. Vous pouvez garder les valeurs par défaut.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="109" />
        <source>In the case format, YYYY is the year and each N a digit. In the exhibit style, {case} is the case reference and {n} the exhibit's number.</source>
        <translation>Dans le format d’affaire, YYYY est l’année et chaque N un chiffre. Dans le style de scellé, {case} est la référence de l’affaire et {n} le numéro du scellé.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="116" />
        <source>Case &amp;reference format:</source>
        <translation>Format de &amp;référence d’affaire :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="117" />
        <source>&amp;Exhibit style:</source>
        <translation>&amp;Style des scellés :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="118" />
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="142" />
        <source>Case {0}, third exhibit: {1}</source>
        <translation>Affaire {0}, troisième scellé : {1}</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="185" />
        <source>Seized under warrant</source>
        <translation>Saisi sur réquisition</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="186" />
        <source>Handed over by a person</source>
        <translation>Remis par une personne</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="187" />
        <source>Received from another service</source>
        <translation>Reçu d’un autre service</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="188" />
        <source>For analysis</source>
        <translation>Pour analyse</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="189" />
        <source>For storage</source>
        <translation>Pour stockage</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="190" />
        <source>For court</source>
        <translation>Pour l’audience</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="191" />
        <source>Handover between investigators</source>
        <translation>Passation entre enquêteurs</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="192" />
        <source>Forensic analysis</source>
        <translation>Analyse criminalistique</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="193" />
        <source>Examination</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="194" />
        <source>Court appearance</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="195" />
        <source>Photography</source>
        <translation>Photographie</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="196" />
        <source>Storage reorganisation</source>
        <translation>Réorganisation du stockage</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="197" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="198" />
        <source>Returned to storage</source>
        <translation>Retour en salle des scellés</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="199" />
        <source>Initial sealing</source>
        <translation>Scellement initial</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="200" />
        <source>Opened for examination</source>
        <translation>Ouvert pour examen</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="201" />
        <source>Seal damaged</source>
        <translation>Scellé endommagé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="202" />
        <source>Court order</source>
        <translation>Décision de justice</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="203" />
        <source>Case closed</source>
        <translation>Affaire close</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/fmt.py" line="204" />
        <source>Retention period ended</source>
        <translation>Fin de la durée de conservation</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="257" />
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="260" />
        <source>If every administrator forgets their password, this code alone opens the vault. It is shown only now: write it down or print it, and lock it away.</source>
        <translation>Si tous les administrateurs oublient leur mot de passe, ce code seul ouvre le coffre. Il n’est affiché que maintenant : notez-le ou imprimez-le, et mettez-le sous clé.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="273" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="275" />
        <source>I have &amp;written it down or printed it</source>
        <translation>Je l’ai &amp;noté ou imprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="306" />
        <source>Scellé — vault recovery code</source>
        <translation>Scellé — code de secours du coffre</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="307" />
        <source>Office: {0}</source>
        <translation>Service : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="308" />
        <source>Vault: {0}</source>
        <translation>Coffre : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="310" />
        <source>Keep this sheet locked away. Anyone holding it can open the vault.</source>
        <translation>Gardez cette feuille sous clé. Quiconque la détient peut ouvrir le coffre.</translation>
    </message>
</context>
<context>
    <name>ResealDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="335" />
        <source>Seal or reseal</source>
        <translation>Sceller ou resceller</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="335" />
        <source>&amp;Seal</source>
        <translation>&amp;Sceller</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="338" />
        <source>Current seal:</source>
        <translation>Scellé actuel :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="338" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="339" />
        <source>&amp;New seal number:</source>
        <translation>&amp;Nouveau n° de scellé :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="340" />
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="347" />
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="352" />
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="357" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="361" />
        <source>Journal #</source>
        <translation>N° au journal</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/models.py" line="366" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="575" />
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="577" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="584" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="587" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="588" />
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Verrouiller après inactivité :</translation>
    </message>
</context>
<context>
    <name>StrikeNoteDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="552" />
        <source>Strike note {0}</source>
        <translation>Barrer la note {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="552" />
        <source>&amp;Strike through</source>
        <translation>&amp;Barrer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="559" />
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="560" />
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="234" />
        <source>Transfer custody</source>
        <translation>Transférer la garde</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="234" />
        <source>&amp;Transfer</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="241" />
        <source>optional: where the item goes</source>
        <translation>facultatif : où va le scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="246" />
        <source>From {0}. The receiver types their own password: both of you sign the transfer.</source>
        <translation>De {0}. Le destinataire tape son propre mot de passe : vous signez tous deux le transfert.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="251" />
        <source>&amp;Receiver:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="252" />
        <source>R&amp;eason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="253" />
        <source>New &amp;location:</source>
        <translation>Nouvel &amp;emplacement :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="255" />
        <source>Receiver's &amp;password:</source>
        <translation>&amp;Mot de passe du destinataire :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="260" />
        <source>Choose who receives the item.</source>
        <translation>Choisissez qui reçoit le scellé.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="52" />
        <source>Unlock — Scellé</source>
        <translation>Déverrouiller — Scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="52" />
        <source>Locked — Scellé</source>
        <translation>Verrouillé — Scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="57" />
        <source>Scellé is locked. Type your password to continue.</source>
        <translation>Scellé est verrouillé. Tapez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="59" />
        <source>Open an evidence vault</source>
        <translation>Ouvrir un coffre de scellés</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="72" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="87" />
        <source>Checking the password and verifying the journal…</source>
        <translation>Contrôle du mot de passe et vérification du journal…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="92" />
        <source>&amp;Vault:</source>
        <translation>&amp;Coffre :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="93" />
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="94" />
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="96" />
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="102" />
        <source>&amp;New vault…</source>
        <translation>&amp;Nouveau coffre…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="120" />
        <source>Choose the vault folder</source>
        <translation>Choisir le dossier du coffre</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="136" />
        <source>Choose a vault.</source>
        <translation>Choisissez un coffre.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="139" />
        <source>Type your user name.</source>
        <translation>Tapez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/unlock.py" line="171" />
        <source>The user name or password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="44" />
        <source>Create a vault</source>
        <translation>Créer un coffre</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="47" />
        <source>A vault is a folder holding the encrypted database and the users' key slots. Put it where it is backed up.</source>
        <translation>Un coffre est un dossier qui contient la base chiffrée et les emplacements de clés des utilisateurs. Placez-le là où il est sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="52" />
        <source>e.g. Brigade de Lyon</source>
        <translation>p. ex. Brigade de Lyon</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="54" />
        <source>e.g. /home/you/Brigade-Lyon.scelle</source>
        <translation>p. ex. /home/vous/Brigade-Lyon.scelle</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="55" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="61" />
        <source>&amp;Office name:</source>
        <translation>Nom du &amp;service :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="62" />
        <source>Vault &amp;folder:</source>
        <translation>&amp;Dossier du coffre :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="70" />
        <source>Where should the vault go?</source>
        <translation>Où placer le coffre ?</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="79" />
        <source>That folder is not empty; choose a new folder.</source>
        <translation>Ce dossier n’est pas vide ; choisissez un nouveau dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/wizard.py" line="81" />
        <source>The folder that should contain the vault does not exist.</source>
        <translation>Le dossier qui doit contenir le coffre n’existe pas.</translation>
    </message>
</context>
<context>
    <name>VerifyHashDialog</name>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="352" />
        <source>Verify hashes</source>
        <translation>Vérifier les empreintes</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="352" />
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="355" />
        <source>No hashes recorded yet.</source>
        <translation>Aucune empreinte enregistrée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="363" />
        <source>Recorded:</source>
        <translation>Enregistrée :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="364" />
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="369" />
        <source>Stopped; nothing was recorded.</source>
        <translation>Arrêté ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="372" />
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="377" />
        <source>Choose the file to verify.</source>
        <translation>Choisissez le fichier à vérifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="396" />
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="401" />
        <source>HASH MISMATCH: this file is not the one recorded for {0}. The mismatch was recorded in the journal; tell your supervisor.</source>
        <translation>EMPREINTES DIFFÉRENTES : ce fichier n’est pas celui enregistré pour {0}. L’écart a été inscrit au journal ; prévenez votre superviseur.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="407" />
        <source>The hashes match the record.</source>
        <translation>Les empreintes correspondent à l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/actions.py" line="411" />
        <source>No hashes were recorded before; these are now the record.</source>
        <translation>Aucune empreinte n’était enregistrée ; celles-ci font désormais foi.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="185" />
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="186" />
        <source>Choose &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="193" />
        <source>&amp;Stop hashing</source>
        <translation>&amp;Arrêter le calcul</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="225" />
        <source>Choose the file to hash</source>
        <translation>Choisir le fichier à hacher</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="284" />
        <source>{0:.0f} MB/s</source>
        <translation>{0:.0f} Mo/s</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="334" />
        <source>too short</source>
        <translation>trop court</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="336" />
        <source>very weak</source>
        <translation>très faible</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="337" />
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="338" />
        <source>fair</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="339" />
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <location filename="../../desktop/scelle/gui/widgets.py" line="340" />
        <source>strong</source>
        <translation>robuste</translation>
    </message>
</context>
</TS>