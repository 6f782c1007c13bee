; NSIS installer for salesdesk on Windows. Built by installer\build.py, which passes
;   /DVERSION=<x.y.z>  /DSRCDIR=<the PyInstaller folder dist\salesdesk>  /DOUTFILE=<setup.exe>
; By hand: makensis /DVERSION=0.1.0 /DSRCDIR=installer\dist\salesdesk installer\salesdesk.nsi
; Installs for all users into Program Files, adds Start-menu shortcuts and an
; uninstaller registered under "Apps and features". Silent install: setup.exe /S [/D=dir]

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef SRCDIR
  !define SRCDIR "dist\salesdesk"
!endif
!ifndef OUTFILE
  !define OUTFILE "dist\salesdesk-${VERSION}-setup.exe"
!endif

!define APP "salesdesk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "Software\${APP}" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
ManifestDPIAware true

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

Section "salesdesk" SecMain
  SectionIn RO
  SetShellVarContext all
  ; an upgrade replaces the program's files (user settings live in the user's profile); only
  ; what we installed is removed, never the chosen folder itself
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SRCDIR}\*.*"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APP}"
  IfFileExists "$INSTDIR\salesdesk.exe" 0 +2
    CreateShortcut "$SMPROGRAMS\${APP}\salesdesk.lnk" "$INSTDIR\salesdesk.exe"
  ; IT's command line, in a console window opened in the program folder
  CreateShortcut "$SMPROGRAMS\${APP}\salesdesk-admin.lnk" "$SYSDIR\cmd.exe" \
    '/k "cd /d "$INSTDIR" && salesdesk-admin.exe --help"'
  CreateShortcut "$SMPROGRAMS\${APP}\Uninstall salesdesk.lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKLM "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "salesdesk"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  RMDir /r "$SMPROGRAMS\${APP}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\salesdesk.exe"
  Delete "$INSTDIR\salesdesk-admin.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if empty: never delete a folder the user chose with other files in it
  DeleteRegKey HKLM "${UNINST_KEY}"
  DeleteRegKey HKLM "Software\${APP}"
SectionEnd
