using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.SignIn;

[Authorize]
public sealed class RequestAccessModel : PageModel;
