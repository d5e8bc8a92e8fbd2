@echo off
rem avp: the AVP Studio command line on Windows, from the downloaded distribution (avp-VERSION.zip).
rem Needs a JDK or JRE 21+: the one in JAVA_HOME, else java on the PATH. The JVM's class cache is made by the first
rem run and mapped by later ones (JDK 25+: ahead-of-time cache; JDK 21-24: dynamic class-data sharing), in the
rem distribution's cache folder when writable, else in %LOCALAPPDATA%\avp. AVP_NO_CACHE=1 runs without it.
setlocal EnableDelayedExpansion
set "AVP_HOME=%~dp0.."
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
if not defined JAVA set "JAVA=java"
set "VERSION="
for /f "tokens=3" %%v in ('""%JAVA%" -version 2>&1 | findstr /i /c:"version""') do if not defined VERSION set "VERSION=%%~v"
if not defined VERSION (
  echo avp: no Java found. Install a JDK 21 or newer and put it on the PATH or set JAVA_HOME. 1>&2
  exit /b 2
)
for /f "delims=.-+" %%m in ("%VERSION%") do set "MAJOR=%%m"
if %MAJOR% LSS 21 (
  echo avp: %JAVA% is Java %VERSION%; AVP Studio needs Java 21 or newer ^(set JAVA_HOME^). 1>&2
  exit /b 2
)
set "OPTS="
if %MAJOR% GEQ 24 set "OPTS=--sun-misc-unsafe-memory-access=allow"
set /p TUNING=<"%AVP_HOME%\conf\jvm.options"
set "OPTS=%OPTS% %TUNING%"
if not defined AVP_NO_CACHE (
  set "CACHE=%AVP_HOME%\cache"
  if not exist "!CACHE!" mkdir "!CACHE!" 2>nul
  copy /y nul "!CACHE!\.probe" >nul 2>&1 || set "CACHE=%LOCALAPPDATA%\avp"
  if not exist "!CACHE!" mkdir "!CACHE!" 2>nul
  if %MAJOR% GEQ 25 (
    if exist "!CACHE!\avp-%VERSION%.aot" (
      set "OPTS=!OPTS! -XX:AOTCache="!CACHE!\avp-%VERSION%.aot""
    ) else (
      set "OPTS=!OPTS! -XX:AOTCacheOutput="!CACHE!\avp-%VERSION%.aot""
    )
    set "OPTS=!OPTS! -Xlog:aot=off -Xlog:cds=off"
  ) else (
    set "OPTS=!OPTS! -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="!CACHE!\avp-%VERSION%.jsa" -Xlog:cds=off"
  )
)
"%JAVA%" %OPTS% %AVP_JAVA_OPTS% -cp "%AVP_HOME%\lib\*" org.avpstudio.cli.AvpCommandLine %*
exit /b %ERRORLEVEL%
