; Inno Setup script of the Windows installer (Inno Setup 6). Build dist\piu-desk\ first
; (README "Field build"), then from the repository folder:
;
;     iscc packaging\windows\piu-desk.iss
;
; -> dist\piu-desk-<version>-windows-x64-setup.exe. The version is read from the built
; piu-desk.exe (its version resource comes from piu_desk.__version__), so it is written
; nowhere here.
;
; Where things go: the program into {autopf}\PIU Desk only -- Program Files when an
; administrator installs it for everyone, %LOCALAPPDATA%\Programs\PIU Desk when an officer
; installs it without one. The desk's store, settings and log are in the user's own folders
; (%LOCALAPPDATA%\piu-desk), which this installer never writes and the uninstaller never
; deletes: uninstalling or upgrading PIU Desk leaves every store as it was.

#define AppExe "piu-desk.exe"
#define BuildDir AddBackslash(SourcePath) + "..\..\dist\piu-desk"
#define AppVersion GetStringFileInfo(BuildDir + "\" + AppExe, PRODUCT_VERSION)
#if AppVersion == ""
  #error dist\piu-desk\piu-desk.exe is missing or has no version: build it first
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this product: never change it.
AppId={{6F0C6E51-4B0C-4E7B-9C55-0D2A7C1B8F3E}
AppName=PIU Desk
AppVersion={#AppVersion}
AppVerName=PIU Desk {#AppVersion}
AppPublisher=Port Intelligence Unit
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\PIU Desk
DefaultGroupName=PIU Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=piu-desk-{#AppVersion}-windows-x64-setup
SetupIconFile=piu-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=PIU Desk {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build; an upgrade replaces the program files, nothing else.
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of the previous version's build (its libraries change from release to release).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\PIU Desk\PIU Desk"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\PIU Desk\PIU Desk self-test"; Filename: "{cmd}"; Parameters: "/k ""{app}\piu-desk-console.exe"" --self-test"; WorkingDir: "{app}"; Comment: "Checks this installation; support may ask you to run it"
Name: "{autodesktop}\PIU Desk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,PIU Desk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only what [Files] put in
; {app}. The stores in %LOCALAPPDATA%\piu-desk stay.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox('PIU Desk was removed. Your encrypted store and settings were kept in ' +
           ExpandConstant('{localappdata}') + '\piu-desk; installing PIU Desk again opens them.',
           mbInformation, MB_OK);
end;
