; Inno Setup 6 script for the Windows installer of TechLedger.
;
; Build on Windows, after `python installer\build.py` made dist\techledger\:
;     iscc /DAppVersion=0.1.0 installer\windows\techledger.iss
; (build.py runs exactly this when iscc is on PATH). Without /DAppVersion the
; version is read from techledger.exe, whose version resource the spec writes
; from desktop/__init__.py: one source either way.
;
; Result: dist\techledger-<version>-windows-x64-setup.exe
;   - installs for the current user by default (no administrator rights),
;     into %LOCALAPPDATA%\Programs\TechLedger; an administrator may choose
;     all users in the dialog;
;   - Start menu entry; desktop shortcut on request;
;   - the uninstaller removes the program only: the database, its backups
;     (%LOCALAPPDATA%\TechLedger) and the settings (%APPDATA%\TechLedger)
;     stay, so a reinstall finds the user's data where it was.

#define AppName "TechLedger"
#define AppExe "techledger.exe"
#define Bundle AddBackslash(SourcePath) + "..\..\dist\techledger"

#ifndef AppVersion
  #define AppVersion GetStringFileInfo(Bundle + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error No version: build the bundle first (python installer\build.py) or pass /DAppVersion=X.Y.Z
#endif

[Setup]
; Never change AppId: it is how Windows knows an upgrade from a new program.
AppId={{6F1D2C64-3B9E-4E0A-9B57-2C4F1A7E8D31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; the dialog lets an administrator install for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#SourcePath}..\..\dist
OutputBaseFilename=techledger-{#AppVersion}-windows-x64-setup
SetupIconFile={#SourcePath}..\icons\techledger.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running TechLedger before replacing its files.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade starts from a clean program folder: a library left over from the
; previous version must not be loaded by the new one. Only {app}\_internal:
; no user data lives under {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] on purpose: the uninstaller removes what [Files]
; installed and nothing else, so the database in %LOCALAPPDATA%\TechLedger
; and the settings in %APPDATA%\TechLedger survive an uninstall.
