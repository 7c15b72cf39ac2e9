; Offsite's additions to the Windows installer (electron-builder's NSIS include).
; Attendees' phones and laptops reach the host over the local network: an inbound rule for the
; app, limited to the local subnet, on every profile (venue Wi-Fi is often marked Public). It is
; added when the installer runs with administrator rights; otherwise Windows asks on first start.
; The uninstaller removes it by the same name.

!define OFFSITE_FIREWALL_RULE "Offsite (attendees on the local network)"

!macro customInstall
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="${OFFSITE_FIREWALL_RULE}"'
  Pop $0
  nsExec::ExecToLog 'netsh advfirewall firewall add rule name="${OFFSITE_FIREWALL_RULE}" dir=in action=allow program="$INSTDIR\${APP_EXECUTABLE_FILENAME}" protocol=TCP remoteip=localsubnet profile=any enable=yes'
  Pop $0
!macroend

!macro customUnInstall
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="${OFFSITE_FIREWALL_RULE}"'
  Pop $0
!macroend
