; Scellé: the Windows installer (Inno Setup 6.3 or later).
;
; Build from the repository root, after PyInstaller has made dist\scelle\:
;
;   pyinstaller --noconfirm --clean packaging\scelle.spec
;   iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 packaging\windows\scelle.iss
;
; AppVersion is scelle.__version__ (the CI workflow reads it from the package; never
; type it by hand). The result is dist\Scelle-<version>-setup.exe: a per-machine install
; into Program Files (administrator rights), a Start-menu entry, an optional desktop
; icon, an uninstaller, and the commented settings example in C:\ProgramData\Scelle.
;
; Signing (ready, off by default). With a code-signing certificate installed:
;   1. Sign the programs before packing them:
;        signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a ^
;          dist\scelle\Scelle.exe dist\scelle\scelle-cli.exe
;   2. Uncomment SignTool= and SignedUninstaller= below, and give ISCC the tool, named
;      "scellesign", on its command line ($f is the file Inno Setup signs):
;        iscc "/Sscellesign=signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f" ...
;      Inno Setup then signs Setup.exe and the uninstaller it writes.
; Use your certificate's subject (/n "...") or file (/f cert.pfx /p ...) instead of /a as
; your signing policy requires, and your authority's timestamp server.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z (scelle.__version__)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric "0.0.0.0"
#endif

#define AppName "Scellé"
#define AppExe "Scelle.exe"
#define Root "..\.."

[Setup]
; AppId identifies the product for upgrades and uninstall: never change it.
AppId={{6C1F4E2B-3B8E-4C4D-9E58-2A7F1D5C9B30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
; Per-machine: Program Files and the all-users Start menu, so administrator rights.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
DefaultDirName={autopf}\Scelle
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile={#Root}\resources\icons\scelle.ico
OutputDir={#Root}\dist
OutputBaseFilename=Scelle-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; SignTool=scellesign
; SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The PyInstaller one-folder bundle: Scelle.exe (the application), scelle-cli.exe (the
; command line, same program with a console) and _internal\.
Source: "{#Root}\dist\scelle\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The system-wide settings, as a commented example: an office copies it to scelle.toml.
Source: "{#Root}\packaging\scelle.toml"; DestDir: "{commonappdata}\Scelle"; DestName: "scelle.toml.example"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Evidence custody"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
