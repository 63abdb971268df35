# shellcheck shell=bash
# Sourced by the scripts that start the host (run.sh, bench-http.sh): process settings the .NET runtime reads only
# from the environment, not from runtimeconfig.json.
#
# The GC sizes its gen0 budget from the CPU's cache size. Where the OS does not report cache sizes (some VMs,
# this project's build machine among them: /sys/devices/system/cpu/cpu0/cache is empty), the budget stays small
# and the GC runs very often (dotnet/runtime#81428). Measured on that machine: the GC threads used 11-28 % of the
# search host's CPU. With a 64 MB budget the host served about 25 % more searches per second, and its memory
# after the load rose by about 50 MB. So 64 MB is set only there, and never over a value the operator set
# (DOTNET_GCgen0size=0 keeps the runtime's own choice).
if [ -z "${DOTNET_GCgen0size:-}" ] && ! compgen -G "/sys/devices/system/cpu/cpu0/cache/index*/size" >/dev/null; then
  export DOTNET_GCgen0size=0x4000000
fi
