@echo off
rem Standfirst: builds a policy-commentary archive into a static website. Needs Java 17 or later,
rem found through JAVA_HOME, else the java on PATH. JAVA_OPTS, then STANDFIRST_OPTS, are given to Java;
rem a compiler or collector setting of theirs replaces the one the launcher would choose.
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

rem Java starts with a rebuild's options (JarLauncher.Run.REBUILD; a test compares them), named again in
rem -Dstandfirst.preset. JarLauncher reads the arguments with picocli: a rebuild, or a short command such as
rem --version, runs in this JVM; any other run starts Java once more with the options that suit it, without
rem these. This script reads none of the arguments.
set "PRESET=-XX:TieredStopAtLevel=1 -XX:Tier3BackEdgeThreshold=5000 -XX:+UseParallelGC -XX:MaxTenuringThreshold=0 -XX:MaxNewSize=160m"
rem A collector of the user's own: Java refuses to start with two.
echo %JAVA_OPTS% %STANDFIRST_OPTS% | findstr /C:"-XX:+Use" | findstr /C:"GC" >nul && set "PRESET=-XX:TieredStopAtLevel=1 -XX:Tier3BackEdgeThreshold=5000"
rem The class-data archive of the build cache in this folder, which a build into an output here keeps
rem (org.standfirst.incremental.ClassArchive): Java maps Standfirst's classes from it rather than loading them
rem from the jars. Java uses it only if this Java made it from these very jars.
set "SHARING="
for %%f in ("%CD%\.standfirst-cache\jvm\*.jsa") do if not defined SHARING set SHARING="-XX:SharedArchiveFile=%%~ff" -Xlog:cds*=off
"%JAVA%" %SHARING% %PRESET% "-Dstandfirst.preset=%PRESET%" %JAVA_OPTS% %STANDFIRST_OPTS% -cp "%HOME_DIR%\lib\*" org.standfirst.cli.JarLauncher %*
exit /b %ERRORLEVEL%
