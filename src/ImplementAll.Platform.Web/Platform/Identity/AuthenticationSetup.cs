using System.Text;
using ImplementAll.Platform.Web.Platform.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;

namespace ImplementAll.Platform.Web.Platform.Identity;

/// <summary>
/// One default scheme that forwards: bearer tokens to JWT validation, everything else to the sign-in cookie.
/// The UI signs in with Entra OpenID Connect (cloud) or the local demo picker (embedded); the API takes JWTs in both faces.
/// </summary>
public static class AuthenticationSetup
{
    public const string PlatformScheme = "Platform";
    public const string PlatformAdminPolicy = "PlatformAdmin";
    public const string CuratorPolicy = "Curator";
    public const string LocalIssuer = "implementall-local";
    public const string LocalAudience = "implementall-api";

    public static void AddPlatformAuthentication(this WebApplicationBuilder builder, PlatformSetup setup)
    {
        var authentication = builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = PlatformScheme;
            o.DefaultChallengeScheme = PlatformScheme;
        });
        authentication.AddPolicyScheme(PlatformScheme, "Platform", o => o.ForwardDefaultSelector = SelectScheme);

        if (setup.Identity == IdentityProvider.Entra)
        {
            authentication.AddMicrosoftIdentityWebApi(builder.Configuration.GetSection("AzureAd"), JwtBearerDefaults.AuthenticationScheme);
            authentication.AddMicrosoftIdentityWebApp(builder.Configuration.GetSection("AzureAd"), OpenIdConnectDefaults.AuthenticationScheme, CookieAuthenticationDefaults.AuthenticationScheme);
            builder.Services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, ConfigureCookie);
            builder.Services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                var redirect = o.Events.OnRedirectToIdentityProvider;
                o.Events.OnRedirectToIdentityProvider = async context =>
                {
                    // An API caller cannot follow a sign-in page: it gets 401 instead of a redirect to Entra.
                    if (IsApi(context.Request))
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        context.HandleResponse();
                        return;
                    }

                    await redirect(context);
                };
            });
        }
        else
        {
            authentication.AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, ConfigureCookie);
            authentication.AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = LocalIssuer,
                    ValidAudience = LocalAudience,
                    IssuerSigningKey = LocalSigningKey(builder.Configuration),
                    NameClaimType = "name",
                };
            });
        }

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PlatformAdminPolicy, p => p.RequireRole(PlatformUserMiddleware.PlatformRoleClaimPrefix + nameof(Core.People.PlatformRoles.PlatformAdmin)))
            .AddPolicy(CuratorPolicy, p => p.RequireRole(PlatformUserMiddleware.PlatformRoleClaimPrefix + nameof(Core.People.PlatformRoles.Curator)));
    }

    /// <summary>The key for API tokens in the embedded face; configured, or derived per machine so that nothing secret is committed.</summary>
    public static SymmetricSecurityKey LocalSigningKey(IConfiguration configuration)
    {
        var configured = configuration["Identity:LocalSigningKey"];
        var material = string.IsNullOrEmpty(configured) ? $"implementall-embedded-{Environment.MachineName}-signing-key-material" : configured;
        return new SymmetricSecurityKey(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }

    private static string SelectScheme(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return JwtBearerDefaults.AuthenticationScheme;
        }

        var hasCookie = context.Request.Cookies.ContainsKey(CookieName);
        return IsApi(context.Request) && !hasCookie ? JwtBearerDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme;
    }

    public const string CookieName = ".ImplementAll.Auth";

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = CookieName;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = "/signin";
        o.LogoutPath = "/signout";
        o.AccessDeniedPath = "/status/403";
        o.SlidingExpiration = true;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
    }

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
