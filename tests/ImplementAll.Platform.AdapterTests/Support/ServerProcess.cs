using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ImplementAll.Platform.AdapterTests.Support;

/// <summary>A real server the tests start themselves (one process, one PID), ready once its port accepts connections.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly StringBuilder output;

    private ServerProcess(Process process, StringBuilder output)
    {
        this.process = process;
        this.output = output;
    }

    public static async Task<ServerProcess> StartAsync(string fileName, IReadOnlyList<string> arguments, int port)
    {
        var info = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        // Drained continuously so a chatty server never blocks on a full pipe; kept for the failure message.
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(process, output);
        var started = Stopwatch.StartNew();
        while (started.Elapsed < StartupLimit)
        {
            if (process.HasExited)
            {
                await server.DisposeAsync();
                throw new InvalidOperationException($"{fileName} exited with {process.ExitCode} before listening: {server.Output}");
            }

            if (await AcceptsAsync(port))
            {
                return server;
            }

            await Task.Delay(100);
        }

        await server.DisposeAsync();
        throw new TimeoutException($"{fileName} did not listen on port {port} within {StartupLimit}: {server.Output}");
    }

    public string Output
    {
        get { lock (output) { return output.ToString(); } }
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
