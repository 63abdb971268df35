using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImplementAll.Platform.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CfirEricMatrix : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CfirEricEndorsements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BarrierId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StrategyId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EndorsementPercent = table.Column<double>(type: "float", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ImportedBy = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CfirEricEndorsements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CfirEricEndorsements_BarrierId_StrategyId",
                table: "CfirEricEndorsements",
                columns: new[] { "BarrierId", "StrategyId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CfirEricEndorsements");
        }
    }
}
