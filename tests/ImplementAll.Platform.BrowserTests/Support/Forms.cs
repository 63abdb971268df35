using Microsoft.Playwright;

namespace ImplementAll.Platform.BrowserTests.Support;

public static class Forms
{
    /// <summary>
    /// Clicks a submit button and waits until the document the form's answer loads has replaced this one, so the
    /// next step never acts on, or asserts against, the page it came from (a notice or a checked box may look alike on both).
    /// </summary>
    public static async Task SubmitAsync(this ILocator button)
    {
        await button.Page.EvaluateAsync("() => { window.submittedFromHere = true; }");
        await button.ClickAsync();
        await button.Page.WaitForFunctionAsync("() => window.submittedFromHere === undefined && document.readyState !== 'loading'");
    }
}
