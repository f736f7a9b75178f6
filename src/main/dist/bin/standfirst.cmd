@echo off
rem Standfirst: builds a policy-commentary archive into a static website. Needs Java 17 or later,
rem found through JAVA_HOME, else the java on PATH. JAVA_OPTS, then STANDFIRST_OPTS, come after the
rem launcher's own JVM options, so they win; see bin/standfirst for the rule that picks those.
setlocal EnableDelayedExpansion

set "HOME_DIR=%~dp0.."

if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
  if not exist "!JAVA!" (
    echo standfirst: JAVA_HOME is %JAVA_HOME%, but it has no bin\java.exe - set JAVA_HOME to a Java 17 ^(or later^) installation 1>&2
    exit /b 3
  )
) else (
  set "JAVA=java"
  where java >nul 2>nul || (
    echo standfirst: no Java found - install Java 17 or later and put it on PATH, or set JAVA_HOME to it 1>&2
    exit /b 3
  )
)

set "COMMAND="
set "OUTPUT=site-output"
set "NO_CACHE="
set "PREVIOUS="
for %%A in (%*) do (
  set "ARG=%%~A"
  if "!PREVIOUS!"=="--output" set "OUTPUT=!ARG!"
  if "!ARG!"=="--no-cache" set "NO_CACHE=1"
  if "!ARG:~0,9!"=="--output=" set "OUTPUT=!ARG:~9!"
  if not defined COMMAND if not "!ARG:~0,1!"=="-" set "COMMAND=!ARG!"
  set "PREVIOUS=!ARG!"
)

set "COMPILER=-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
set "COLLECTOR=-XX:+UseSerialGC"
if "%COMMAND%"=="serve" (
  set "COMPILER="
  set "COLLECTOR="
)
set "REBUILD="
if "%COMMAND%"=="build" set "REBUILD=1"
if "%COMMAND%"=="check" set "REBUILD=1"
if defined REBUILD if not defined NO_CACHE (
  for %%O in ("!OUTPUT!") do set "CACHE=%%~dpO.standfirst-cache\pages"
  dir /b /a-d "!CACHE!" >nul 2>nul && (
    set "COMPILER=-XX:TieredStopAtLevel=1"
    set "COLLECTOR=-XX:+UseParallelGC -XX:MaxTenuringThreshold=0 -XX:MaxNewSize=160m"
  )
)
for %%O in (%JAVA_OPTS% %STANDFIRST_OPTS%) do (
  set "OPT=%%~O"
  if "!OPT:~0,21!"=="-XX:TieredStopAtLevel" set "COMPILER="
  if "!OPT:~0,9!"=="-XX:Tier4" set "COMPILER="
  if not "!OPT:TieredCompilation=!"=="!OPT!" set "COMPILER="
  if "!OPT:~0,8!"=="-XX:+Use" if "!OPT:~-2!"=="GC" set "COLLECTOR="
  if "!OPT:~0,4!"=="-Xmx" set "COLLECTOR="
  if "!OPT:~0,15!"=="-XX:MaxHeapSize" set "COLLECTOR="
  if "!OPT:~0,10!"=="-XX:MaxRAM" set "COLLECTOR="
)
set "ADDED=%COMPILER% %COLLECTOR%"
if "%ADDED%"==" " set "ADDED=none"

"%JAVA%" %COMPILER% %COLLECTOR% "-Dstandfirst.jvm=%ADDED%" %JAVA_OPTS% %STANDFIRST_OPTS% -cp "%HOME_DIR%\lib\*" org.standfirst.cli.JarLauncher %*
exit /b %ERRORLEVEL%
